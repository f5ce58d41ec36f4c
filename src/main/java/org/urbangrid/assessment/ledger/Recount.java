package org.urbangrid.assessment.ledger;

import static org.urbangrid.assessment.Indicator.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.cases.CaseHistories;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;

/**
 * A from-scratch recount (复核): every case's history read again, its tasks derived, and each indicator counted
 * straight from the tasks at this instant, without the ledger's facts, pending rows or rollups. Slow by design;
 * the fast path must give the same numbers. The subjects by place of each filed case are read from
 * {@link PlaceSubjects} as they are now (the ledger read them when it last counted the case).
 */
@Component
public class Recount {

    /** One subject's recounted numbers: numerator and denominator by indicator, and its case count. */
    public record Counted(Map<Indicator, long[]> figures, long caseCount) {}

    private final CaseHistories histories;
    private final Organization organization;
    private final PlaceSubjects places;
    private final Clock clock;

    Recount(CaseHistories histories, Organization organization, PlaceSubjects places, Clock clock) {
        this.histories = histories;
        this.organization = organization;
        this.places = places;
        this.clock = clock;
    }

    /** Every subject of the kind with anything counted, by subject id. */
    public Map<String, Counted> figures(SubjectKind kind, Period period) {
        var cases = new ArrayList<CaseLedger>();
        long after = 0;
        for (var batch = histories.after(0, 500); !batch.isEmpty(); batch = histories.after(after, 500)) {
            for (var c : batch) {
                var derived = CaseTasks.derive(c, clock.getZone());
                cases.add(kind.isByPlace() ? places.placed(derived) : derived);
                after = c.id();
            }
        }
        var tally = new Tally(period, clock.instant());
        for (var c : cases) {
            count(kind, c, tally);
        }
        if (kind == SubjectKind.INSPECTOR) {
            missed(cases, tally);
        }
        return tally.result();
    }

    private void count(SubjectKind kind, CaseLedger c, Tally y) {
        var now = y.now;
        y.currentCase = c.caseId();
        if (kind.isByPlace()) {
            byPlace(kind, c, y);
            return;
        }
        for (var t : c.tasks()) {
            var s = t.subjectId() == null ? null : t.subjectId().toString();
            if (s == null) {
                continue;
            }
            switch (kind) {
                case INSPECTOR -> {
                    if (t.kind() == TaskKind.REPORT) {
                        y.add(s, t.day(), REPORTS, 1, 0);
                        if (t.valid() != null) {
                            y.add(s, t.day(), VALID_REPORT_RATE, t.valid() ? 1 : 0, 1);
                        }
                    }
                    rate(y, t, s, TaskKind.VERIFY, ON_TIME_VERIFY_RATE);
                    rate(y, t, s, TaskKind.CHECK, ON_TIME_CHECK_RATE);
                }
                case OPERATOR -> {
                    if ((t.kind() == TaskKind.ACCEPT || t.kind() == TaskKind.SEND_TO_CHECK) && t.done()) {
                        y.add(s, t.day(), OPERATOR_VOLUME, 1, 0);
                    }
                    rate(y, t, s, TaskKind.ACCEPT, ON_TIME_VERIFY_SENDING_RATE);
                    rate(y, t, s, TaskKind.SEND_TO_CHECK, ON_TIME_CHECK_SENDING_RATE);
                }
                case SHIFT_LEADER -> {
                    rate(y, t, s, TaskKind.FILE, ON_TIME_FILING_RATE);
                    rate(y, t, s, TaskKind.CLOSE, ON_TIME_CLOSING_RATE);
                    if (t.kind() == TaskKind.FILE && t.endMove() == CaseMove.FILE) {
                        y.add(s, t.day(), ACCURATE_FILING_RATE, c.cancelled() ? 0 : 1, 1);
                    }
                }
                case DISPATCHER -> {
                    rate(y, t, s, TaskKind.DISPATCH, ON_TIME_DISPATCH_RATE);
                    if (t.kind() == TaskKind.DISPATCH && t.endMove() == CaseMove.DISPATCH) {
                        y.add(s, t.day(), DISPATCH_VOLUME, 1, 0);
                        var spoiled = c.tasks().stream().anyMatch(h -> h.kind() == TaskKind.HANDLE
                                && h.dispatchNo() == t.no() && (h.returned() || h.reworked()));
                        y.add(s, t.day(), ACCURATE_DISPATCH_RATE, spoiled ? 0 : 1, 1);
                    }
                }
                case DEPARTMENT -> {
                    if (t.kind() == TaskKind.HANDLE) {
                        y.add(s, t.day(), DEPARTMENT_VOLUME, 1, 0);
                        y.add(s, t.day(), HANDLE_RATE, t.handled() ? 1 : 0, 1);
                        y.add(s, t.day(), EXTENSION_RATE, t.extended() ? 1 : 0, 1);
                        y.add(s, t.day(), RETURN_RATE, t.returned() ? 1 : 0, 1);
                        if (t.due(now)) {
                            y.add(s, t.day(), ON_TIME_HANDLE_RATE, t.doneOnTime() ? 1 : 0, 1);
                            y.add(s, t.day(), OVERDUE_RATE, t.done() ? 0 : 1, 1);
                        } else if (t.dueLater(now)) {
                            y.touch(s, t.day());
                        }
                        if (t.suspended()) {
                            y.add(s, t.day(), SUSPENDED_COUNT, 1, 0);
                        }
                        if (t.reworked()) {
                            y.add(s, t.day(), REWORK_RATE, 1, 0);
                        }
                    }
                }
                default -> { }
            }
        }
        if (kind == SubjectKind.DEPARTMENT && c.lastDepartment() != null && !c.cancelled()) {
            var last = c.lastDepartment();
            var day = c.tasks().stream().filter(h -> h.kind() == TaskKind.HANDLE && last.equals(h.subjectId()))
                    .map(LedgerTask::day).min(LocalDate::compareTo).orElseThrow();
            y.add(last.toString(), day, CLOSE_RATE, c.closed() ? 1 : 0, 1);
            y.add(last.toString(), day, REWORK_RATE, 0, 1);
        }
        if (kind.isRegion() && c.filed()) {
            var region = switch (kind) {
                case UNIT_GRID -> c.unitGridCode();
                case COMMUNITY -> c.communityCode();
                case STREET -> c.streetCode();
                default -> c.streetCode().substring(0, 6);
            };
            y.add(region, c.filedDay(), FILED, 1, 0);
            y.add(region, c.filedDay(), PUBLIC_REPORT_RATE, c.publicReport() ? 1 : 0, 1);
            if (!c.cancelled()) {
                y.add(region, c.filedDay(), CLOSE_RATE, c.closed() ? 1 : 0, 1);
                y.add(region, c.filedDay(), ON_TIME_CLOSE_RATE, c.closedOnTime() ? 1 : 0, 1);
            }
        }
    }

    /** A subject by place: the case-level figures of a filed case, for each such subject where it lies. */
    private static void byPlace(SubjectKind kind, CaseLedger c, Tally y) {
        if (!c.filed() || c.merged()) {
            return;
        }
        for (var place : c.places()) {
            if (place.kind() != kind) {
                continue;
            }
            var s = place.id();
            y.add(s, c.filedDay(), FILED, 1, 0);
            y.add(s, c.filedDay(), PUBLIC_REPORT_RATE, c.publicReport() ? 1 : 0, 1);
            if (!c.cancelled()) {
                y.add(s, c.filedDay(), CLOSE_RATE, c.closed() ? 1 : 0, 1);
                y.add(s, c.filedDay(), ON_TIME_CLOSE_RATE, c.closedOnTime() ? 1 : 0, 1);
            }
        }
    }

    /** An on-time rate of one kind of task: counted once due; a task still running touches its subject only. */
    private static void rate(Tally y, LedgerTask t, String s, TaskKind kind, Indicator indicator) {
        if (t.kind() != kind) {
            return;
        }
        if (t.due(y.now)) {
            y.add(s, t.day(), indicator, t.doneOnTime() ? 1 : 0, 1);
        } else if (t.dueLater(y.now)) {
            y.touch(s, t.day());
        }
    }

    /** 漏报率: filed cases of the inspector's area (as it is now) that the inspector did not report. */
    private void missed(List<CaseLedger> cases, Tally y) {
        for (var inspector : organization.staffWithRole(Role.INSPECTOR)) {
            Set<String> area = organization.areaOf(inspector.id());
            for (var c : cases) {
                if (!c.filed() || !area.contains(c.unitGridCode()) || !y.inPeriod(c.filedDay())) {
                    continue;
                }
                boolean own = c.tasks().stream().anyMatch(r -> r.kind() == TaskKind.REPORT
                        && Long.valueOf(inspector.id()).equals(r.subjectId()));
                y.addInPeriod(Long.toString(inspector.id()), MISSED_RATE, own ? 0 : 1, 1);
            }
        }
    }

    /** The counts as they are made: numbers by subject and indicator, and each subject's first day per case. */
    private static final class Tally {
        final Period period;
        final Instant now;
        final Map<String, Map<Indicator, long[]>> numbers = new TreeMap<>();
        final Map<String, Map<Object, LocalDate>> firstDays = new HashMap<>();
        Object currentCase;

        Tally(Period period, Instant now) {
            this.period = period;
            this.now = now;
        }

        boolean inPeriod(LocalDate day) {
            return !day.isBefore(period.from()) && !day.isAfter(period.to());
        }

        void add(String subject, LocalDate day, Indicator indicator, long num, long den) {
            touch(subject, day);
            if (inPeriod(day)) {
                addInPeriod(subject, indicator, num, den);
            }
        }

        void addInPeriod(String subject, Indicator indicator, long num, long den) {
            var n = numbers.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(indicator, k -> new long[2]);
            n[0] += num;
            n[1] += den;
        }

        void touch(String subject, LocalDate day) {
            firstDays.computeIfAbsent(subject, k -> new HashMap<>()).merge(currentCase, day,
                    (a, b) -> b.isBefore(a) ? b : a);
        }

        Map<String, Counted> result() {
            var out = new TreeMap<String, Counted>();
            var subjects = new java.util.TreeSet<>(numbers.keySet());
            firstDays.forEach((s, days) -> {
                if (days.values().stream().anyMatch(this::inPeriod)) {
                    subjects.add(s);
                }
            });
            for (var s : subjects) {
                long caseCount = firstDays.getOrDefault(s, Map.of()).values().stream().filter(this::inPeriod).count();
                out.put(s, new Counted(numbers.getOrDefault(s, Map.of()), caseCount));
            }
            return out;
        }
    }
}
