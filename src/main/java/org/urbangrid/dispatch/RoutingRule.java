package org.urbangrid.dispatch;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 派遣规则: "cases of this category in this area go to this lead department". Both parts are optional; a
 * rule with neither is the district's catch-all default. When several active rules match a case, the most
 * specific wins: the category level decides first, the area level only between equal category levels, then
 * the higher {@code priority}, then the older rule (lower id). See {@link CategoryLevel} and {@link AreaLevel}.
 *
 * @param category a major class ({@code E01}), class ({@code E0102}) or filing condition ({@code E0102-01}), or null
 * @param areaCode a street (9 digits), community (12) or unit grid (15), or null for the whole district
 * @param priority breaks ties between rules with the same category and area; higher wins
 * @param frontageSupervisor whether the rule sends a case lying in a 门前三包 frontage to the supervising department
 *        of that frontage's unit (门前三包监管部门) instead; {@code departmentId} then takes the cases in no frontage
 */
public record RoutingRule(long id, String category, String areaCode, long departmentId, String note, int priority,
        boolean active, Instant createdAt, Instant updatedAt, boolean frontageSupervisor) {

    public RoutingRule(long id, String category, String areaCode, long departmentId, String note, int priority,
            boolean active, Instant createdAt, Instant updatedAt) {
        this(id, category, areaCode, departmentId, note, priority, active, createdAt, updatedAt, false);
    }

    @JsonProperty
    public CategoryLevel categoryLevel() {
        return CategoryLevel.of(category);
    }

    @JsonProperty
    public AreaLevel areaLevel() {
        return AreaLevel.of(areaCode);
    }
}
