package org.urbangrid.catalog;

import org.urbangrid.deadline.TimeLimit;

/**
 * What an administrator states for a 立案条件: description, handling limit (处置时限), 结案条件, active.
 *
 * @param active null keeps the current value on update and means active on creation
 */
public record ConditionDraft(String description, TimeLimit limit, String closingCondition, Boolean active) {}
