package org.urbangrid.console.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;

/** Turns a page of case summaries into rows, with one look-up of names for the whole page. */
@Component
class DeskCaseRows {

    private final DeskLookups lookups;
    private final DeskTexts texts;
    private final Grids grids;

    DeskCaseRows(DeskLookups lookups, DeskTexts texts, Grids grids) {
        this.lookups = lookups;
        this.texts = texts;
        this.grids = grids;
    }

    List<CaseRow> rows(CasePage page) {
        return page.items().isEmpty() ? List.of() : names().rows(page.items());
    }

    /** The names a page of rows needs, looked up once (an export reuses them for every page). */
    Names names() {
        var streets = new HashMap<String, String>();
        grids.ofLevel(GridLevel.STREET).forEach(g -> streets.put(g.code(), g.name()));
        return new Names(lookups.departmentNames(), lookups.classNames(), streets);
    }

    final class Names {
        private final Map<Long, String> departments;
        private final Map<String, String> classes;
        private final Map<String, String> streets;

        private Names(Map<Long, String> departments, Map<String, String> classes, Map<String, String> streets) {
            this.departments = departments;
            this.classes = classes;
            this.streets = streets;
        }

        List<CaseRow> rows(List<CaseSummary> items) {
            return items.stream().map(this::row).toList();
        }

        private CaseRow row(CaseSummary s) {
            var className = s.classCode() == null ? "" : classes.getOrDefault(s.classCode(), s.classCode());
            var what = s.classCode() == null ? "" : className + (s.conditionCode() == null ? "" : " · " + s.conditionCode());
            var clock = s.clock();
            return new CaseRow(s.id(), s.number(), s.status(), what, s.description(), s.address(),
                    clock == null ? null : clock.light(), texts.timeLeft(clock), clock == null ? "" : texts.time(clock.due()),
                    s.pendingRequest(), s.routingFlagged(), s.urgeCount(), department(s.leadDepartmentId()),
                    texts.time(s.reportedAt()), s.source(), className,
                    streets.getOrDefault(s.streetCode(), s.streetCode() == null ? "" : s.streetCode()),
                    department(s.suggestedDepartmentId()));
        }

        private String department(Long id) {
            return id == null ? "" : departments.getOrDefault(id, "");
        }
    }
}
