package org.urbangrid.duty;

/**
 * A place asked about: a position (when there is one) and the grids it lies in. The grid map asks about a whole
 * unit grid with no position; a case or a phone asks with both.
 *
 * @param latitude WGS84, null when only the grid is asked about
 * @param longitude WGS84, null with {@code latitude}
 * @param unitGridCode 15 digits, or null when the position lies outside every grid
 * @param communityCode 12 digits, or null
 * @param streetCode 9 digits, or null
 */
public record Where(Double latitude, Double longitude, String unitGridCode, String communityCode, String streetCode) {

    /** A whole unit grid, with its community and street read off its code. */
    public static Where grid(String unitGridCode) {
        return new Where(null, null, unitGridCode, prefix(unitGridCode, 12), prefix(unitGridCode, 9));
    }

    public boolean hasPosition() {
        return latitude != null && longitude != null;
    }

    private static String prefix(String code, int length) {
        return code == null || code.length() < length ? null : code.substring(0, length);
    }
}
