package org.urbangrid.catalog;

import org.urbangrid.deadline.TimeLimit;

/**
 * What an administrator states for a 立案条件: description, handling limit (处置时限), 结案条件, active.
 *
 * @param active null keeps the current value on update and means active on creation
 * @param safeLimit the first-step (made safe) limit of a two-step rule; null: none on creation, the current one kept on
 *        update
 * @param nameEn the description in English; null keeps the current one on update, blank removes it
 */
public record ConditionDraft(String description, TimeLimit limit, String closingCondition, Boolean active,
        TimeLimit safeLimit, String nameEn) {

    public ConditionDraft(String description, TimeLimit limit, String closingCondition, Boolean active,
            TimeLimit safeLimit) {
        this(description, limit, closingCondition, active, safeLimit, null);
    }

    /** A one-step condition. */
    public ConditionDraft(String description, TimeLimit limit, String closingCondition, Boolean active) {
        this(description, limit, closingCondition, active, null);
    }
}
