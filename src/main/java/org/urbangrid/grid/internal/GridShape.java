package org.urbangrid.grid.internal;

import org.locationtech.jts.geom.Geometry;
import org.urbangrid.grid.Grid;

/** A stored grid with its polygon. */
public record GridShape(Grid grid, Geometry geometry) {

    public String code() {
        return grid.code();
    }
}
