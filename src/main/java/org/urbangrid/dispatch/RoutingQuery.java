package org.urbangrid.dispatch;

/**
 * What routing knows about a case: its class and condition, where it is (its grids and, when known, its position),
 * and its component if any. The position is what a rule routing to the 门前三包 unit's supervising department asks
 * {@link FrontageSupervision} about; without one such a rule falls back to its own department.
 *
 * @param latitude WGS84, or null
 * @param longitude WGS84, or null with {@code latitude}
 */
public record RoutingQuery(String classCode, String conditionCode, String unitGridCode, String communityCode,
        String streetCode, String componentCode, Double latitude, Double longitude) {

    /** A query without a position (grid-level routing, the tests of rules that need none). */
    public RoutingQuery(String classCode, String conditionCode, String unitGridCode, String communityCode,
            String streetCode, String componentCode) {
        this(classCode, conditionCode, unitGridCode, communityCode, streetCode, componentCode, null, null);
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
