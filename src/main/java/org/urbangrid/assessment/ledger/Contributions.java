package org.urbangrid.assessment.ledger;

import static org.urbangrid.assessment.Indicator.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.SubjectKind;

/**
 * What one case adds to every figure (docs/assessment.md): the indicators' definitions, written once, as facts
 * the ledger stores and the rollups sum.
 */
public final class Contributions {

    private Contributions() {}

    public static List<Fact> of(CaseLedger c) {
        var out = new Out(c);
        for (var t : c.tasks()) {
            task(c, t, out);
        }
        caseLevel(c, out);
        return out.withCaseCounts();
    }

    private static void task(CaseLedger c, LedgerTask t, Out out) {
        if (t.subjectId() == null) {
            return; // a centre desk's task nobody has ended yet: it is charged to whoever ends it
        }
        switch (t.kind()) {
            case REPORT -> {
                out.add(t, REPORTS, SubjectKind.INSPECTOR, 1, 0);
                if (t.valid() != null) {
                    out.add(t, VALID_REPORT_RATE, SubjectKind.INSPECTOR, t.valid() ? 1 : 0, 1);
                }
            }
            case VERIFY -> out.onTime(t, ON_TIME_VERIFY_RATE, SubjectKind.INSPECTOR);
            case CHECK -> out.onTime(t, ON_TIME_CHECK_RATE, SubjectKind.INSPECTOR);
            case ACCEPT, SEND_TO_CHECK -> {
                if (t.done()) {
                    out.add(t, OPERATOR_VOLUME, SubjectKind.OPERATOR, 1, 0);
                }
                out.onTime(t, t.kind() == TaskKind.ACCEPT ? ON_TIME_VERIFY_SENDING_RATE : ON_TIME_CHECK_SENDING_RATE,
                        SubjectKind.OPERATOR);
            }
            case FILE -> {
                out.onTime(t, ON_TIME_FILING_RATE, SubjectKind.SHIFT_LEADER);
                if (t.endMove() == org.urbangrid.cases.CaseMove.FILE) {
                    out.add(t, ACCURATE_FILING_RATE, SubjectKind.SHIFT_LEADER, c.cancelled() ? 0 : 1, 1);
                }
            }
            case CLOSE -> out.onTime(t, ON_TIME_CLOSING_RATE, SubjectKind.SHIFT_LEADER);
            case DISPATCH -> {
                out.onTime(t, ON_TIME_DISPATCH_RATE, SubjectKind.DISPATCHER);
                if (t.endMove() == org.urbangrid.cases.CaseMove.DISPATCH) {
                    out.add(t, DISPATCH_VOLUME, SubjectKind.DISPATCHER, 1, 0);
                    boolean accurate = c.tasks(TaskKind.HANDLE).stream().filter(h -> h.dispatchNo() == t.no())
                            .noneMatch(h -> h.returned() || h.reworked());
                    out.add(t, ACCURATE_DISPATCH_RATE, SubjectKind.DISPATCHER, accurate ? 1 : 0, 1);
                }
            }
            case HANDLE -> handle(t, out);
        }
    }

    private static void handle(LedgerTask t, Out out) {
        var kind = SubjectKind.DEPARTMENT;
        out.add(t, DEPARTMENT_VOLUME, kind, 1, 0);
        out.add(t, HANDLE_RATE, kind, t.handled() ? 1 : 0, 1);
        out.add(t, EXTENSION_RATE, kind, t.extended() ? 1 : 0, 1);
        out.add(t, RETURN_RATE, kind, t.returned() ? 1 : 0, 1);
        out.onTime(t, ON_TIME_HANDLE_RATE, kind);
        // 超期待处置: past its deadline and never handled (still open, or cancelled after the deadline).
        if (t.open()) {
            out.pending(t, OVERDUE_RATE, kind, 1);
        } else if (t.due(t.endedAt())) {
            out.add(t, OVERDUE_RATE, kind, t.done() ? 0 : 1, 1);
        }
        if (t.suspended()) {
            out.add(t, SUSPENDED_COUNT, kind, 1, 0);
        }
        if (t.reworked()) {
            out.add(t, REWORK_RATE, kind, 1, 0);
        }
    }

    /**
     * Per case: the department that had it last, and the region it lies in and the subjects by place it counts for
     * (on the day it was filed).
     */
    private static void caseLevel(CaseLedger c, Out out) {
        if (c.merged()) {
            return; // a duplicate is counted once, as the case it joined
        }
        var department = c.lastDepartment();
        if (department != null && !c.cancelled()) {
            var first = c.tasks(TaskKind.HANDLE).stream().filter(h -> department.equals(h.subjectId())).findFirst()
                    .orElseThrow();
            out.add(first, CLOSE_RATE, SubjectKind.DEPARTMENT, c.closed() ? 1 : 0, 1);
            out.add(first, REWORK_RATE, SubjectKind.DEPARTMENT, 0, 1);
        }
        if (!c.filed()) {
            return;
        }
        out.region(FILED.name(), 1, 0);
        out.region(PUBLIC_REPORT_RATE.name(), c.publicReport() ? 1 : 0, 1);
        if (!c.cancelled()) {
            out.region(CLOSE_RATE.name(), c.closed() ? 1 : 0, 1);
            out.region(ON_TIME_CLOSE_RATE.name(), c.closedOnTime() ? 1 : 0, 1);
        }
        for (var place : c.places()) {
            out.place(place, FILED, 1, 0);
            out.place(place, PUBLIC_REPORT_RATE, c.publicReport() ? 1 : 0, 1);
            if (!c.cancelled()) {
                out.place(place, CLOSE_RATE, c.closed() ? 1 : 0, 1);
                out.place(place, ON_TIME_CLOSE_RATE, c.closedOnTime() ? 1 : 0, 1);
            }
        }
        c.tasks(TaskKind.REPORT).stream().filter(r -> r.subjectId() != null).findFirst().ifPresent(r ->
                out.facts.add(new Fact(c.caseId(), 0, Fact.OWN_FILED, SubjectKind.INSPECTOR,
                        r.subjectId().toString(), c.unitGridCode(), "", "", c.filedDay(), 1, 0, false, null)));
    }

    /** The facts of one case as they are made. */
    private static final class Out {
        final CaseLedger c;
        final List<Fact> facts = new ArrayList<>();

        Out(CaseLedger c) {
            this.c = c;
        }

        void add(LedgerTask t, Indicator indicator, SubjectKind kind, int num, int den) {
            facts.add(new Fact(c.caseId(), t.no(), indicator.name(), kind, t.subjectId().toString(), "", "", "",
                    t.day(), num, den, false, null));
        }

        /** 按时…率: on time among the due; an open task still running is due once its deadline passes. */
        void onTime(LedgerTask t, Indicator indicator, SubjectKind kind) {
            if (t.open()) {
                pending(t, indicator, kind, 0);
            } else if (t.due(t.endedAt())) {
                add(t, indicator, kind, t.doneOnTime() ? 1 : 0, 1);
            }
        }

        void pending(LedgerTask t, Indicator indicator, SubjectKind kind, int num) {
            if (!t.suspendedNow() && t.dueAt() != null) {
                facts.add(new Fact(c.caseId(), t.no(), indicator.name(), kind, t.subjectId().toString(), "", "", "",
                        t.day(), num, 1, true, t.dueAt()));
            }
        }

        void region(String code, int num, int den) {
            facts.add(new Fact(c.caseId(), 0, code, SubjectKind.UNIT_GRID, c.unitGridCode(), c.unitGridCode(),
                    c.communityCode(), c.streetCode(), c.filedDay(), num, den, false, null));
        }

        /** A subject by place's case-level fact: under its own kind and id, on the filing day, no grid columns. */
        void place(PlaceSubject place, Indicator indicator, int num, int den) {
            facts.add(new Fact(c.caseId(), 0, indicator.name(), place.kind(), place.id(), "", "", "", c.filedDay(),
                    num, den, false, null));
        }

        /** Adds, per subject the case touches, one {@link Fact#CASES} on the day of its earliest fact. */
        List<Fact> withCaseCounts() {
            var first = new LinkedHashMap<String, Fact>();
            for (var f : facts) {
                if (f.code().equals(Fact.OWN_FILED)) {
                    continue;
                }
                first.merge(f.kind() + ":" + f.subjectId(), f, (a, b) -> b.day().isBefore(a.day()) ? b : a);
            }
            var all = new ArrayList<>(facts);
            for (Map.Entry<String, Fact> e : first.entrySet()) {
                var f = e.getValue();
                all.add(new Fact(c.caseId(), 0, Fact.CASES, f.kind(), f.subjectId(), f.unitGridCode(),
                        f.communityCode(), f.streetCode(), f.day(), 1, 0, false, null));
            }
            return all;
        }

    }
}
