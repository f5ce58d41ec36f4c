package org.urbangrid.grid.web;

import java.util.function.Function;

import org.urbangrid.grid.Location;

/** A located position with the names of its grids. */
record LocatedView(String unitGridCode, String unitGridName, String communityCode, String communityName,
        String streetCode, String streetName, String districtCode, String districtName) {

    static LocatedView of(Location l, Function<String, String> names) {
        return new LocatedView(l.unitGridCode(), names.apply(l.unitGridCode()), l.communityCode(),
                names.apply(l.communityCode()), l.streetCode(), names.apply(l.streetCode()), l.districtCode(),
                names.apply(l.districtCode()));
    }
}
