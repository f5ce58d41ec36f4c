package org.urbangrid.grid;

import org.urbangrid.platform.Localized;

/**
 * 网格: one grid of the hierarchy with its code, name and area. The polygon is kept apart
 * ({@link Grids#geometryOf(String)}) so lists stay light.
 *
 * @param nameEn English name (GeoJSON property {@code nameEn} or {@code name:en}), null when none
 */
public record Grid(String code, String name, GridLevel level, String parentCode, double areaSquareMetres,
        String nameEn) implements Localized {

    /** A grid without an English name. */
    public Grid(String code, String name, GridLevel level, String parentCode, double areaSquareMetres) {
        this(code, name, level, parentCode, areaSquareMetres, null);
    }
}
