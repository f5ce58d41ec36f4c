package org.urbangrid.console.cases;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseSummary;

/** Turns a page of case summaries into rows, with one look-up of names for the whole page. */
@Component
class DeskCaseRows {

    private final DeskLookups lookups;
    private final DeskTexts texts;

    DeskCaseRows(DeskLookups lookups, DeskTexts texts) {
        this.lookups = lookups;
        this.texts = texts;
    }

    List<CaseRow> rows(CasePage page) {
        if (page.items().isEmpty()) {
            return List.of();
        }
        var departments = lookups.departmentNames();
        var classes = lookups.classNames();
        return page.items().stream().map(s -> row(s, departments, classes)).toList();
    }

    private CaseRow row(CaseSummary s, Map<Long, String> departments, Map<String, String> classes) {
        var what = s.classCode() == null ? "" : classes.getOrDefault(s.classCode(), s.classCode())
                + (s.conditionCode() == null ? "" : " · " + s.conditionCode());
        var clock = s.clock();
        return new CaseRow(s.id(), s.number(), s.status(), what, s.description(), s.address(),
                clock == null ? null : clock.light(), texts.timeLeft(clock), clock == null ? "" : texts.time(clock.due()),
                s.pendingRequest(), s.routingFlagged(), s.urgeCount(),
                s.leadDepartmentId() == null ? "" : departments.getOrDefault(s.leadDepartmentId(), ""),
                texts.time(s.reportedAt()));
    }
}
