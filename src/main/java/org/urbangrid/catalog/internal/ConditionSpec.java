package org.urbangrid.catalog.internal;

import org.urbangrid.deadline.TimeLimit;

/**
 * What an administrator states for a 立案条件: description, handling limit, 结案条件 and whether it is active.
 *
 * @param active null keeps the current value on update and means active on creation
 * @param safeLimit the first-step (made safe) limit of a two-step rule; null: none on creation, the current one
 *        kept on update
 * @param noSafeLimit removes a first-step limit on update (the API's {@code safeLimitAmount: 0})
 * @param nameEn the description in English; null keeps the current one on update, blank removes it
 */
public record ConditionSpec(String description, TimeLimit limit, String closingCondition, Boolean active,
        TimeLimit safeLimit, boolean noSafeLimit, String nameEn) {

    public ConditionSpec(String description, TimeLimit limit, String closingCondition, Boolean active,
            TimeLimit safeLimit, boolean noSafeLimit) {
        this(description, limit, closingCondition, active, safeLimit, noSafeLimit, null);
    }

    /** A one-step condition (on update: the first step as it is). */
    public ConditionSpec(String description, TimeLimit limit, String closingCondition, Boolean active) {
        this(description, limit, closingCondition, active, null, false);
    }
}
