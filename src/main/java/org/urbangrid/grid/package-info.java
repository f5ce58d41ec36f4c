/**
 * Grid (网格): district → street → community → unit grid (单元网格) with codes and polygons, GeoJSON
 * import and export, the point → grid locator, and the gazetteer (地理编码) of named roads and places.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grid", allowedDependencies = {"platform", "audit"})
package org.urbangrid.grid;
