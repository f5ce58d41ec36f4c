package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case's facts and its whole history, read without a viewer's scope: for views derived inside the platform
 * (the assessment ledger 考核台账, recounts), never to answer a person directly.
 */
public interface CaseHistories {

    /**
     * What derived views need of a case besides its history.
     *
     * @param latitude the case's position (WGS84), where the assessment asks who answers for it
     * @param dueAt the running stage's deadline now (null without a clock)
     * @param suspendedAt when the running suspension (挂账) began, null when not suspended
     */
    record CaseRecord(long id, String number, CaseStatus status, CaseSource source, double latitude,
            double longitude, String unitGridCode, String communityCode, String streetCode, long reporterId,
            Long leadDepartmentId, Instant dueAt, Instant suspendedAt, List<HistoryEntry> history) {}

    Optional<CaseRecord> find(long caseId);

    /** A case's number and status, for lists of many cases. */
    record Label(long id, String number, CaseStatus status) {}

    /** The labels of these cases by id, in one query (unknown ids are absent). */
    Map<Long, Label> labels(List<Long> caseIds);

    /** Up to {@code size} case ids above {@code afterId}, in id order (the primary key alone). */
    List<Long> ids(long afterId, int size);

    /** Up to {@code size} cases with an id above {@code afterId}, in id order, each with its history. */
    List<CaseRecord> after(long afterId, int size);

    /**
     * Inspectors' reports nobody has moved yet (still {@code REPORTED}), reported in [{@code from}, {@code to}):
     * how many per reporting inspector. Read from the case rows (index on status and report time).
     */
    Map<Long, Long> waitingInspectorReports(Instant from, Instant to);

    /**
     * The ids of one inspector's reports still {@code REPORTED}, reported in [{@code from}, {@code to}), above
     * {@code afterId}, in id order, at most {@code size}.
     */
    List<Long> waitingInspectorReports(long reporterId, Instant from, Instant to, long afterId, int size);
}
