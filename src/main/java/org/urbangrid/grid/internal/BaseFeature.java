package org.urbangrid.grid.internal;

import org.locationtech.jts.geom.Geometry;
import org.urbangrid.grid.BaseFeatureKind;

/**
 * One base-map feature as stored: kind, Chinese and English name (either may be absent), rank (1 most important ..
 * 3), the lowest zoom that shows it, and its geometry in WGS84.
 */
public record BaseFeature(BaseFeatureKind kind, String name, String nameEn, int rank, int minZoom, Geometry geometry) {}
