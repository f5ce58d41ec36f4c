package org.urbangrid.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The component register (部件库). Imports are all or nothing: one bad row or feature refuses the whole file
 * with a 400 problem whose {@code errors} list names every bad row and why, and nothing is stored.
 */
public interface Components {

    Optional<ComponentRecord> find(String code);

    /** A component as the map shows it (WGS84 position, class name in Chinese). */
    record MapPoint(String code, String classCode, String className, String name, double latitude, double longitude,
            ComponentState state) {}

    /** The components in a box, at most {@code limit}, and whether more matched. */
    record MapPoints(List<MapPoint> points, boolean truncated) {}

    /** The components inside a WGS84 box (bounds inclusive), read along {@code ix_component_position}. */
    MapPoints within(double minLng, double minLat, double maxLng, double maxLat, int limit);

    /**
     * Imports a CSV file with a header row: code,classCode,name,lat,lng,ownerDept,maintainerDept,state,material,
     * surveyDate (and optionally source).
     *
     * @return how many components were stored
     */
    int importCsv(String csv);

    /** Imports a GeoJSON FeatureCollection of Point features whose properties carry the CSV's columns. */
    int importGeoJson(String geoJson);
}
