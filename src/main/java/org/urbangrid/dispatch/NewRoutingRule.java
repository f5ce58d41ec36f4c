package org.urbangrid.dispatch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator writes to create or replace a routing rule. The shapes of {@code category} and
 * {@code areaCode} and the department are checked by {@link RoutingRules}, with a message naming the value.
 */
public record NewRoutingRule(
        @Size(max = 12) String category,
        @Size(max = 15) String areaCode,
        @NotNull Long departmentId,
        @Size(max = 200) String note,
        @Min(-1000) @Max(1000) Integer priority) {

    public NewRoutingRule {
        category = blankToNull(category);
        areaCode = blankToNull(areaCode);
        note = blankToNull(note);
    }

    public NewRoutingRule(String category, String areaCode, long departmentId, String note) {
        this(category, areaCode, departmentId, note, 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
