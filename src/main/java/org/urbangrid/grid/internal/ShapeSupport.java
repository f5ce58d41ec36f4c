package org.urbangrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

import tools.jackson.databind.JsonNode;

/** The grid module's GeoJSON reader and writer, lent to {@link org.urbangrid.grid.Shapes}. */
public final class ShapeSupport {

    private ShapeSupport() {}

    /** A feature as read: its properties, and its geometry or why it could not be read. */
    public record Read(int index, JsonNode properties, Geometry geometry, String problem) {}

    public static List<Read> read(String text) {
        return BaseMapGeoJson.read(text).stream()
                .map(r -> new Read(r.index(), r.properties(), r.geometry(), r.problem())).toList();
    }

    public static JsonNode node(Geometry geometry) {
        return BaseMapGeoJson.node(geometry);
    }

    public static double metresPerDegree() {
        return Geo.METRES_PER_DEGREE;
    }
}
