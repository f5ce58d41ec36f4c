package org.urbangrid.cases;

import java.time.Instant;
import java.util.Set;

import org.urbangrid.organization.Role;

/**
 * A case's domain event: one per move, registered by the aggregate and published after the move commits
 * (through Spring Modulith's event publication registry). Take them all with a listener of {@code CaseEvent},
 * every one but the bare report with a listener of {@link Moved}, or one kind with a listener of its record.
 */
public sealed interface CaseEvent {

    /**
     * Every event but {@link CaseReported}: the case moved on from its report (or was fixed on the spot). A listener
     * with nothing to do for a report that nobody has touched yet takes these, so intake — where hotlines post
     * reports by the thousand — writes no publication row per report for it.
     */
    sealed interface Moved extends CaseEvent {}

    /** What every event carries. */
    Facts facts();

    /**
     * The facts of the move behind an event.
     *
     * @param stageOnTime whether the stage the move ended was ended within its deadline (null: it ended none)
     * @param reporterId the account the case was reported through (a channel's, for citizen and hotline reports)
     * @param seq the move's place in the case's history ({@link HistoryEntry#seq()}, {@link PublicUpdate#seq()})
     * @param latitude the case's position (WGS84), so a listener that places the case needs no read
     * @param longitude the case's position
     */
    record Facts(long caseId, String caseNumber, CaseMove move, Instant at, long actorId, Role actorRole,
            CaseStatus from, CaseStatus to, CaseSource source, String streetCode, String communityCode,
            String unitGridCode, String classCode, Long leadDepartmentId, Boolean stageOnTime, long reporterId,
            int seq, double latitude, double longitude) {

        public Facts withCaseId(long id) {
            return new Facts(id, caseNumber, move, at, actorId, actorRole, from, to, source, streetCode,
                    communityCode, unitGridCode, classCode, leadDepartmentId, stageOnTime, reporterId, seq, latitude,
                    longitude);
        }
    }

    /** 上报 */
    record CaseReported(Facts facts) implements CaseEvent {}

    /** 自行处置: reported and closed at once. */
    record CaseHandledOnSpot(Facts facts) implements Moved {}

    /** 受理: an inspector's report goes straight to filing. */
    record CaseAccepted(Facts facts) implements Moved {}

    /** 派发核实 */
    record CaseSentToVerify(Facts facts, long inspectorId) implements Moved {}

    /** 核实: real (to filing) or not (invalid). */
    record CaseVerified(Facts facts, boolean real) implements Moved {}

    /** 立案 */
    record CaseFiled(Facts facts, String conditionCode, Long suggestedDepartmentId) implements Moved {}

    /** 不予立案 */
    record CaseRefused(Facts facts, String reason) implements Moved {}

    /** 派遣 */
    record CaseDispatched(Facts facts, Set<Long> assistingDepartmentIds, boolean suggestionFollowed)
            implements Moved {}

    /** 处置反馈 */
    record CaseHandled(Facts facts) implements Moved {}

    /** 先期处置: the site made safe; {@code facts().stageOnTime()} says whether within the first-step limit. */
    record CaseMadeSafe(Facts facts) implements Moved {}

    /** 申请延期 / 回退 / 挂账 / 作废 */
    record CaseRequested(Facts facts, RequestKind kind, String reason) implements Moved {}

    /** A pending request approved or refused (an approved cancellation is {@link CaseCancelled}). */
    record CaseRequestDecided(Facts facts, RequestKind kind, boolean approved) implements Moved {}

    /** 恢复处置 after a suspension. */
    record CaseResumed(Facts facts) implements Moved {}

    /** 派发核查 */
    record CaseSentToCheck(Facts facts, long inspectorId) implements Moved {}

    /** 核查通过 */
    record CaseChecked(Facts facts) implements Moved {}

    /** 核查不通过: back to the same department (返工). */
    record CaseReworked(Facts facts, int reworkCount) implements Moved {}

    /** 结案 */
    record CaseClosed(Facts facts, CloseKind closeKind) implements Moved {}

    /** 作废 approved. */
    record CaseCancelled(Facts facts) implements Moved {}

    /** 督办 */
    record CaseUrged(Facts facts, Instant answerDue) implements Moved {}

    /** 退回热线 */
    record CaseTransferredBack(Facts facts, String reason) implements Moved {}

    /** 合并: this report joined {@code mainCaseId}. */
    record CaseMerged(Facts facts, long mainCaseId) implements Moved {}

    /** 拆分: a merged report is a case of its own again. */
    record CaseSeparated(Facts facts) implements Moved {}

    /** 市民反映未解决: reopened for a check; {@code reopenCount} times so far. */
    record CaseReopened(Facts facts, int reopenCount) implements Moved {}

    /** 公开审核 */
    record CasePublicApproved(Facts facts) implements Moved {}

    /** 屏蔽 */
    record CasePublicHidden(Facts facts) implements Moved {}
}
