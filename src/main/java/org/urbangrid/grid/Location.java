package org.urbangrid.grid;

/**
 * Where a position falls: its unit grid (15 digits) and that grid's community (12), street (9) and district (6).
 */
public record Location(String unitGridCode, String communityCode, String streetCode, String districtCode) {}
