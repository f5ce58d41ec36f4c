package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.urbangrid.deadline.TimeLimit;

/**
 * A case in full: where, what, who has it, its clock, the moves legal now and those the viewer may make, and
 * its whole history.
 *
 * @param routingFlagged filed with no routing rule matching: the dispatcher must choose the department
 * @param complexity a hotline case's 繁简 (its promised limit is part of {@code handlingLimit}); null otherwise
 * @param safeLimit the first-step (made safe) limit of a two-step condition; null for one step
 * @param firstStep the first-step clock while the site is not yet reported made safe; null otherwise
 * @param madeSafeAt when the department reported the site made safe (or fixed it first)
 */
public record CaseView(long id, String number, long version, CaseStatus status, CaseSource source,
        String conditionCode, String classCode, TimeLimit handlingLimit, String description, double latitude,
        double longitude, String address, String unitGridCode, String communityCode, String streetCode,
        String componentCode, long reporterId, Long assignedInspectorId, Long suggestedDepartmentId,
        String routingNote, boolean routingFlagged, Long leadDepartmentId, Set<Long> assistingDepartmentIds,
        ClockView clock, boolean overdue, PendingRequest pendingRequest, int reworkCount, int returnCount,
        int extensionCount, int urgeCount, CloseKind closeKind, Instant reportedAt, Instant filedAt,
        Instant dispatchedAt, Instant handledAt, Instant closedAt, List<CaseMove> movesAllowedNow,
        List<CaseMove> yourMoves, List<HistoryEntry> history, Complexity complexity, TimeLimit safeLimit,
        ClockView firstStep, Instant madeSafeAt) {}
