package org.urbangrid.catalog;

import org.urbangrid.deadline.TimeLimit;

/**
 * 立案条件: what makes a report of a minor class a case, with its handling time limit (处置时限) and
 * closing condition (结案条件).
 *
 * @param code the class code, a dash and two digits, e.g. {@code C0101-01}
 * @param classCode e.g. {@code C0101}
 * @param safeLimit 先期处置时限: the first step of a two-step rule (make the site safe, e.g. 3 natural hours for a
 *        missing manhole cover, fixed within the handling limit); null for one step
 */
public record FilingCondition(String code, String classCode, String className, CategoryKind kind, String description,
        TimeLimit handlingLimit, String closingCondition, boolean active, TimeLimit safeLimit) {}
