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
 * @param primaryMove of {@code yourMoves}, the one that takes the case forward ({@link MoveRules#primary}); null when none
 * @param ticketNumber a hotline case's 12345/12319 work-order number (工单号); null otherwise
 * @param callerName a hotline caller's name, only for the roles that call back ({@link #CALLER_ROLES}); null for others
 * @param callerPhone a hotline caller's phone, as {@code callerName}
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
        ClockView firstStep, Instant madeSafeAt, CaseMove primaryMove, String ticketNumber, String callerName,
        String callerPhone) {

    /**
     * Who reads a hotline caller's name and phone: the operator who took the call and calls back, the shift
     * leader who files (and may ask the caller), the dispatcher who may pass it to the department. Not inspectors,
     * handlers (a department that must reach the caller asks the centre), leaders or administrators.
     */
    public static final java.util.Set<org.urbangrid.organization.Role> CALLER_ROLES = java.util.EnumSet.of(
            org.urbangrid.organization.Role.OPERATOR, org.urbangrid.organization.Role.SHIFT_LEADER,
            org.urbangrid.organization.Role.DISPATCHER);
}
