package org.urbangrid.console.admin;

import org.urbangrid.dispatch.NewRoutingRule;

/** The routing rule form as typed; the shapes are checked by {@code RoutingRules}, the numbers here. */
record RuleForm(String category, String areaCode, String departmentId, String note, String priority, Boolean active,
        Boolean frontageSupervisor) {

    NewRoutingRule rule() {
        if (note != null && note.strip().length() > 200) {
            throw Refusals.invalid("admin.error.note");
        }
        int rank = priority == null || priority.isBlank() ? 0 : number(priority, "admin.error.priority").intValue();
        if (Math.abs(rank) > 1000) {
            throw Refusals.invalid("admin.error.priority");
        }
        var upper = category == null ? null : category.strip().toUpperCase(java.util.Locale.ROOT);
        return new NewRoutingRule(upper, areaCode, number(departmentId, "admin.error.department"), note,
                rank, frontageSupervisor != null && frontageSupervisor);
    }

    boolean isActive() {
        return active != null && active;
    }

    private static Long number(String value, String key) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Refusals.invalid(key);
        }
    }
}
