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
 */
public record RoutingRule(long id, String category, String areaCode, long departmentId, String note, int priority,
        boolean active, Instant createdAt, Instant updatedAt) {

    @JsonProperty
    public CategoryLevel categoryLevel() {
        return CategoryLevel.of(category);
    }

    @JsonProperty
    public AreaLevel areaLevel() {
        return AreaLevel.of(areaCode);
    }
}
