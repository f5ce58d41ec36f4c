package org.urbangrid.catalog;

import java.util.Optional;

/**
 * The component register (部件库). Imports are all or nothing: one bad row or feature refuses the whole file
 * with a 400 problem whose {@code errors} list names every bad row and why, and nothing is stored.
 */
public interface Components {

    Optional<ComponentRecord> find(String code);

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
