package org.urbangrid.dispatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator writes to create or replace a routing rule. The shapes of {@code category} and
 * {@code areaCode} and the department are checked by {@link RoutingRules}, with a message naming the value.
 * {@code frontageSupervisor}: see {@link RoutingRule#frontageSupervisor()}.
 */
public record NewRoutingRule(
        @Size(max = 12) String category,
        @Size(max = 15) String areaCode,
        @NotNull Long departmentId,
        @Size(max = 200) String note,
        @Min(-1000) @Max(1000) Integer priority,
        Boolean frontageSupervisor) {

    public NewRoutingRule {
        category = blankToNull(category);
        areaCode = blankToNull(areaCode);
        note = blankToNull(note);
    }

    public NewRoutingRule(String category, String areaCode, long departmentId, String note) {
        this(category, areaCode, departmentId, note, 0);
    }

    public NewRoutingRule(String category, String areaCode, Long departmentId, String note, Integer priority) {
        this(category, areaCode, departmentId, note, priority, false);
    }

    /** Whether the rule routes to the frontage unit's supervising department (null: no). */
    public boolean toFrontageSupervisor() {
        return frontageSupervisor != null && frontageSupervisor;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
