package org.urbangrid.grid;

/**
 * 网格: one grid of the hierarchy with its code, name and area. The polygon is kept apart
 * ({@link Grids#geometryOf(String)}) so lists stay light.
 */
public record Grid(String code, String name, GridLevel level, String parentCode, double areaSquareMetres) {}
