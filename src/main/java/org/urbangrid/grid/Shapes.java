package org.urbangrid.grid;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.urbangrid.grid.internal.Geo;
import org.urbangrid.grid.internal.ShapeSupport;

import tools.jackson.databind.JsonNode;

/**
 * 空间形状: the shapes other modules keep of their own — a 门前三包 frontage, a road segment, a river reach — read from
 * GeoJSON the way grids and the base map are (RFC 7946, longitude first, WGS84), and measured in metres. Distances
 * and buffers are computed in a local equirectangular projection about the shape, exact to well under a metre over
 * a district.
 */
public final class Shapes {

    private Shapes() {}

    /**
     * One feature of a FeatureCollection.
     *
     * @param index its place in the collection, from 0, for an import report
     * @param properties its {@code properties} object (a missing node when absent)
     * @param geometry the geometry (Point, LineString, MultiLineString, Polygon, MultiPolygon), or null
     * @param problem why the geometry could not be read, or null
     */
    public record Feature(int index, JsonNode properties, Geometry geometry, String problem) {

        /** A property as trimmed text, or null when absent or blank. */
        public String text(String name) {
            var value = properties == null ? null : properties.path(name);
            if (value == null || value.isNull() || value.isMissingNode()) {
                return null;
            }
            var text = value.asString("").trim();
            return text.isEmpty() ? null : text;
        }
    }

    /**
     * The features of a GeoJSON FeatureCollection; a feature whose geometry cannot be read carries its problem
     * instead. A text that is not JSON, not a FeatureCollection or has no features is refused with 400 naming
     * {@code file}.
     */
    public static List<Feature> readFeatures(String geoJson) {
        return ShapeSupport.read(geoJson).stream()
                .map(r -> new Feature(r.index(), r.properties(), r.geometry(), r.problem())).toList();
    }

    /** The geometry as a GeoJSON geometry object, coordinates to 7 decimals. */
    public static JsonNode toGeoJson(Geometry geometry) {
        return ShapeSupport.node(geometry);
    }

    public static String toWkt(Geometry geometry) {
        return Geo.toWkt(geometry);
    }

    public static Geometry fromWkt(String wkt) {
        return Geo.fromWkt(wkt);
    }

    public static Geometry point(double latitude, double longitude) {
        return Geo.point(latitude, longitude);
    }

    /** Metres from the position to the nearest part of the shape; 0 inside an area. */
    public static double distanceMetres(Geometry shape, double latitude, double longitude) {
        var local = toLocal(latitude);
        var projected = local.transform(shape);
        var point = local.transform(Geo.point(latitude, longitude));
        return projected.distance(point);
    }

    /** The area within {@code metres} of the shape (a line with a depth becomes a frontage polygon), flat ends. */
    public static Geometry buffer(Geometry shape, double metres) {
        var centre = shape.getEnvelopeInternal().centre();
        var local = toLocal(centre.y);
        var parameters = new BufferParameters(8, BufferParameters.CAP_FLAT, BufferParameters.JOIN_MITRE, 5);
        var buffered = BufferOp.bufferOp(local.transform(shape), metres, parameters);
        try {
            return local.getInverse().transform(buffered);
        } catch (org.locationtech.jts.geom.util.NoninvertibleTransformationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length of a line in metres (perimeter of an area). */
    public static double lengthMetres(Geometry shape) {
        var centre = shape.getEnvelopeInternal().centre();
        return toLocal(centre.y).transform(shape).getLength();
    }

    /** Area in square metres. */
    public static double areaSquareMetres(Geometry shape) {
        return Geo.areaSquareMetres(shape);
    }

    /** Degrees → metres about a latitude: x scaled by cos(latitude), both by metres per degree. */
    private static AffineTransformation toLocal(double latitude) {
        double m = ShapeSupport.metresPerDegree();
        return AffineTransformation.scaleInstance(m * Math.cos(Math.toRadians(latitude)), m);
    }
}
