package org.urbangrid.catalog.internal;

import org.urbangrid.deadline.TimeLimit;

/**
 * What an administrator states for a 立案条件: description, handling limit, 结案条件 and whether it is active.
 *
 * @param active null keeps the current value on update and means active on creation
 */
public record ConditionSpec(String description, TimeLimit limit, String closingCondition, Boolean active) {}
