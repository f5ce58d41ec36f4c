package org.urbangrid.assessment.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.urbangrid.assessment.SubjectKind;

/**
 * One case's contribution to one figure of one subject on one attribution day: {@code num} to the numerator,
 * {@code den} to the denominator (a count has only {@code num}). A <em>pending</em> fact belongs to an open task
 * that is not yet due: it counts only once {@code dueAt} has passed, so it is kept apart and read live.
 *
 * @param code an {@link org.urbangrid.assessment.Indicator} name, or {@link #CASES} / {@link #OWN_FILED}
 * @param unitGridCode the case's unit grid for region facts and {@link #OWN_FILED}; empty otherwise
 */
public record Fact(long caseId, int taskNo, String code, SubjectKind kind, String subjectId, String unitGridCode,
        String communityCode, String streetCode, LocalDate day, int num, int den, boolean pending, Instant dueAt) {

    /** The subject's first task of the case (its caseCount counts cases, not tasks). */
    public static final String CASES = "_CASES";
    /** A filed case the inspector reported, per unit grid: 漏报率 subtracts it from the filed cases of the area. */
    public static final String OWN_FILED = "_OWN_FILED";

    /** Whether it counts now: fixed facts always, pending ones once past their deadline. */
    public boolean countsAt(Instant now) {
        return !pending || (dueAt != null && now.isAfter(dueAt));
    }
}
