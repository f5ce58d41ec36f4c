package org.urbangrid.catalog;

import org.urbangrid.deadline.TimeLimit;

/**
 * 立案条件: what makes a report of a minor class a case, with its handling time limit (处置时限) and
 * closing condition (结案条件).
 *
 * @param code the class code, a dash and two digits, e.g. {@code C0101-01}
 * @param classCode e.g. {@code C0101}
 */
public record FilingCondition(String code, String classCode, String className, CategoryKind kind, String description,
        TimeLimit handlingLimit, String closingCondition, boolean active) {}
