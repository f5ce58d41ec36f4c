/**
 * Grid (网格): district → street → community → unit grid (单元网格) with codes and polygons, GeoJSON
 * import and export, the point → grid locator, the gazetteer (地理编码) of named roads and places, the base map
 * (底图) the platform serves itself and the gazetteer derives from, and coordinate conversion (WGS84 ↔ GCJ-02 ↔ BD-09).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid", allowedDependencies = {"platform", "audit"})
package org.urbangrid.grid;
