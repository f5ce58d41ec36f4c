package org.urbangrid.grid.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of an import file as read, before validation.
 *
 * @param index position in the file's {@code features} array, from 0
 * @param geometry the polygon, or null when it could not be read ({@code geometryProblem} says why)
 */
record FeatureInput(int index, String code, String name, String level, String parentCode, Geometry geometry,
        String geometryProblem, String nameEn) {

    FeatureInput(int index, String code, String name, String level, String parentCode, Geometry geometry,
            String geometryProblem) {
        this(index, code, name, level, parentCode, geometry, geometryProblem, null);
    }
}
