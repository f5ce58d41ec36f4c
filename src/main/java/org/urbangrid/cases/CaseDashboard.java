package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 大屏统计: the grouped counts behind the command-centre screen (指挥大屏), within the viewer's street like every
 * other read. Time ranges are half-open, {@code [from, to)}; each method is one query on an index of its range.
 */
public interface CaseDashboard {

    /** Cases reported in a range, counted per current status, source, unit grid and class (null: not yet classified). */
    record ReportedGroup(CaseStatus status, CaseSource source, String unitGridCode, String classCode, long count) {}

    /**
     * 督办/超期 ticker entry: an open case past its deadline ({@code overdue}, since {@code dueAt}) or urged (since
     * {@code urgedAt}); {@code since} is when it last became urgent.
     */
    record UrgentCase(long id, String number, CaseStatus status, String classCode, String unitGridCode,
            String address, Instant dueAt, boolean overdue, Instant urgedAt, int urgeCount, Instant since) {

        /** Whether it is on the ticker for being urged (its last urging came after its deadline passed). */
        public boolean urgedLast() {
            return urgedAt != null && urgedAt.equals(since);
        }
    }

    List<ReportedGroup> reportedGroups(Instant from, Instant to);

    /** Cases reported in each range {@code bounds[i] .. bounds[i + 1]} (one scan of reported_at over the whole span). */
    long[] reportedCounts(List<Instant> bounds);

    /** Cases closed (结案, or 自行处置 which closes at once) in each range, from the history's (move, at) index. */
    long[] closedCounts(List<Instant> bounds);

    /** Open cases with a running clock past their deadline at {@code now}, per unit grid (红灯). */
    Map<String, Long> overdueCountsByGrid(Instant now);

    /**
     * The newest urgent open cases, newest first: those whose deadline passed most recently and those urged most
     * recently (督办), each read backwards along its own index.
     */
    List<UrgentCase> urgent(Instant now, int limit);
}
