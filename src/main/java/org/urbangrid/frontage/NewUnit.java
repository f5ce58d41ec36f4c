package org.urbangrid.frontage;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit as an administrator registers or replaces it. The frontage is a polygon, or a line with a depth in metres
 * (1–50) that is buffered into one; checked by {@link FrontageUnits}.
 */
public record NewUnit(String name, UnitKind kind, String address, String contactPerson, String contactPhone,
        Geometry shape, Double depthMetres) {}
