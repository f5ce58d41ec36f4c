package org.urbangrid.dispatch;

/**
 * The department routing proposes, and why (shown to the dispatcher).
 *
 * @param ruleId the rule that matched, or null when the component's owner decided
 */
public record RoutingSuggestion(long departmentId, String departmentName, Long ruleId, String reason) {}
