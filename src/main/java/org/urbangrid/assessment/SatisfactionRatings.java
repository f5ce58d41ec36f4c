package org.urbangrid.assessment;

/**
 * 群众满意度评价: a citizen's 1–5 star rating of a closed case, the input {@code SATISFACTION} of the assessment
 * (scores the case's lead department and its unit grid, community, street and district). One rating per case: the
 * first one given counts. For the citizen pages; implemented by the assessment's inputs.
 */
public interface SatisfactionRatings {

    /**
     * Records the rating of a closed case, in the caller's transaction: 404 for an unknown case, 409 when it is open
     * or already rated, 400 (field {@code stars}) outside 1–5.
     */
    void rate(long caseId, int stars);

    /** Whether the case has its rating already. */
    boolean rated(long caseId);
}
