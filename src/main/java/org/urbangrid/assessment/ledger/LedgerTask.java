package org.urbangrid.assessment.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.urbangrid.cases.CaseMove;

/**
 * 考核台账 task: one stage instance of a case at one desk, or the report itself. Attributed to {@code day}, the
 * city's local date it started on.
 *
 * @param no the task's place in the case's life (1, 2, …)
 * @param subjectId who answers for it: the staff member who ended it (centre desks), the assigned inspector
 *        (verify, check, report), the lead department (handle); null while nobody does yet
 * @param dueAt its deadline (extensions included); null when not known, or while suspended (the clock stands)
 * @param endedAt null while open
 * @param endMove the move that ended it; null while open
 * @param onTime the ending move's {@code stageOnTime}; null while open or when cancelled
 * @param dispatchNo for a handling task, the {@code no} of the dispatch task that started its chain (0 if none)
 * @param valid for a report: whether it was filed (or handled on the spot), false when invalid or refused,
 *        null while undecided
 */
public record LedgerTask(long caseId, int no, TaskKind kind, Long subjectId, Instant startedAt, LocalDate day,
        Instant dueAt, Instant endedAt, CaseMove endMove, Boolean onTime, boolean returned, boolean reworked,
        boolean extended, boolean suspended, boolean suspendedNow, boolean cancelled, int dispatchNo,
        Boolean valid) {

    public boolean open() {
        return endedAt == null;
    }

    /** Ended by the work itself (not by cancellation). */
    public boolean done() {
        return endedAt != null && !cancelled;
    }

    /**
     * 应…数: ended (by the work), or past its deadline — while open and running, or when cancelled after it.
     * A suspended task's clock stands, so it does not fall due by waiting.
     */
    public boolean due(Instant now) {
        if (done()) {
            return true;
        }
        if (cancelled) {
            return dueAt != null && endedAt.isAfter(dueAt);
        }
        return !suspendedNow && dueAt != null && now.isAfter(dueAt);
    }

    /** Whether it can still fall due later by time alone (open, running, not yet past its deadline). */
    public boolean dueLater(Instant now) {
        return open() && !suspendedNow && dueAt != null && !now.isAfter(dueAt);
    }

    /** Ended by the work within its deadline. */
    public boolean doneOnTime() {
        return done() && Boolean.TRUE.equals(onTime);
    }

    public boolean handled() {
        return endMove == CaseMove.REPORT_HANDLED;
    }
}
