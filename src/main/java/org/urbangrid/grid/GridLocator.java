package org.urbangrid.grid;

/**
 * 定位: a WGS84 position to exactly one unit grid. A position outside every grid is refused
 * ({@code UrbanGridException}, 422, key {@code error.grid.outside}); a point on a shared edge always lands
 * in the same one grid.
 */
public interface GridLocator {

    Location locate(double latitude, double longitude);
}
