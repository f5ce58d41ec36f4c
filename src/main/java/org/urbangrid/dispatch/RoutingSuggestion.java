package org.urbangrid.dispatch;

/**
 * The department routing proposes, and why (shown to the dispatcher).
 *
 * @param ruleId the rule that matched, or null when the component's owner decided
 * @param reason the reason as one Chinese line (kept for the case's history); pages build their own sentence from
 *        the structured parts in the reader's language
 * @param category the matched rule's category (major class, class or condition), null for any or for an owner
 * @param areaCode the matched rule's area (street, community or unit grid), null for the district or for an owner
 * @param componentCode the component whose owner decided, null when a rule did
 * @param frontageUnit the 门前三包 unit whose frontage decided (its supervising department was chosen), or null
 */
public record RoutingSuggestion(long departmentId, String departmentName, Long ruleId, String reason, String category,
        String areaCode, String componentCode, String frontageUnit) {

    public RoutingSuggestion(long departmentId, String departmentName, Long ruleId, String reason, String category,
            String areaCode, String componentCode) {
        this(departmentId, departmentName, ruleId, reason, category, areaCode, componentCode, null);
    }

    public RoutingSuggestion(long departmentId, String departmentName, Long ruleId, String reason) {
        this(departmentId, departmentName, ruleId, reason, null, null, null);
    }

    /** The component's owner department (权属单位) decided, not a rule. */
    public boolean byOwner() {
        return ruleId == null;
    }
}
