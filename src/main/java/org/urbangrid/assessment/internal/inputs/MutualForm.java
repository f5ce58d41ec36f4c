package org.urbangrid.assessment.internal.inputs;

import java.time.Instant;
import java.util.List;

/**
 * 互评表: one rater unit's form on one rated unit for one month.
 *
 * @param raterId a street code (块考核条) or a department id (条考核块), as text
 * @param ratedId a department id or a street code, as text
 * @param score {@code points / maxPoints × 100}
 */
public record MutualForm(long id, MutualDirection direction, String month, String raterId, String ratedId, int points,
        int maxPoints, double score, String remark, long submittedBy, Instant submittedAt, Instant updatedAt,
        List<Item> items) {

    /** The points given on one criterion, with the maximum it had when the form was sent. */
    public record Item(long criterionId, int maxPoints, int points) {}

    /** What a rater sends; every active criterion of the direction must be scored. */
    public record Draft(String direction, String month, String ratedId, List<ItemDraft> items, String remark) {}

    public record ItemDraft(Long criterionId, Integer points) {}
}
