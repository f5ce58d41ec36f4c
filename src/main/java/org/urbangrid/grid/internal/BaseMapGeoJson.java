package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON (RFC 7946, longitude first) for the base map: reads a FeatureCollection's features with any of the
 * geometry types the base map uses, and writes a geometry back with 7 decimals (about 1 cm).
 */
final class BaseMapGeoJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A feature as read: its properties, and its geometry or why it could not be read. */
    record Read(int index, JsonNode properties, Geometry geometry, String problem) {}

    private BaseMapGeoJson() {}

    static List<Read> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw UrbanGridException.invalid("error.grid.import.not-json", e.getOriginalMessage()).with("field", "file");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            throw UrbanGridException.invalid("error.grid.import.not-feature-collection").with("field", "file");
        }
        var features = new ArrayList<Read>();
        for (var feature : root.path("features")) {
            int index = features.size();
            try {
                features.add(new Read(index, feature.path("properties"), geometry(feature.path("geometry")), null));
            } catch (IllegalArgumentException e) {
                features.add(new Read(index, feature.path("properties"), null, e.getMessage()));
            }
        }
        if (features.isEmpty()) {
            throw UrbanGridException.invalid("error.grid.import.empty").with("field", "file");
        }
        return features;
    }

    static Geometry geometry(JsonNode geometry) {
        var type = geometry.path("type").asString("");
        var c = geometry.path("coordinates");
        if (!c.isArray()) {
            throw new IllegalArgumentException("geometry needs a type and coordinates");
        }
        var f = Geo.FACTORY;
        return switch (type) {
            case "Point" -> f.createPoint(position(c));
            case "LineString" -> line(c);
            case "MultiLineString" -> f.createMultiLineString(each(c, BaseMapGeoJson::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> f.createMultiPolygon(each(c, BaseMapGeoJson::polygon).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unsupported geometry type '" + type + "'");
        };
    }

    private interface Part<T> {
        T of(JsonNode node);
    }

    private static <T> List<T> each(JsonNode array, Part<T> part) {
        var parts = new ArrayList<T>();
        array.forEach(node -> parts.add(part.of(node)));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a multi-geometry needs at least one part");
        }
        return parts;
    }

    private static LineString line(JsonNode positions) {
        var coordinates = positions(positions);
        if (coordinates.length < 2) {
            throw new IllegalArgumentException("a line needs at least two positions");
        }
        return Geo.FACTORY.createLineString(coordinates);
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least its outer ring");
        }
        var shell = ring(rings.get(0));
        var holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return Geo.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        var coordinates = positions(positions);
        if (coordinates.length < 4 || !coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring needs at least four positions, the last equal to the first");
        }
        return Geo.FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate[] positions(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("expected an array of [longitude, latitude] positions");
        }
        var coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i));
        }
        return coordinates;
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude]: " + position);
        }
        double lng = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (!(Math.abs(lng) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("position out of range (longitude first): " + position);
        }
        return new Coordinate(lng, lat);
    }

    /** The geometry as a GeoJSON geometry object, coordinates rounded to 7 decimals. */
    static String write(Geometry geometry) {
        return node(geometry).toString();
    }

    static ObjectNode node(Geometry geometry) {
        var node = NODES.objectNode().put("type", geometry.getGeometryType());
        var coordinates = node.putArray("coordinates");
        if (geometry instanceof Point point) {
            node.set("coordinates", position(point.getCoordinate()));
        } else if (geometry instanceof LineString line) {
            positions(coordinates, line);
        } else if (geometry instanceof Polygon polygon) {
            rings(coordinates, polygon);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                var part = geometry.getGeometryN(i);
                if (part instanceof Polygon polygon) {
                    rings(coordinates.addArray(), polygon);
                } else {
                    positions(coordinates.addArray(), (LineString) part);
                }
            }
        }
        return node;
    }

    private static void rings(ArrayNode target, Polygon polygon) {
        positions(target.addArray(), polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            positions(target.addArray(), polygon.getInteriorRingN(i));
        }
    }

    private static void positions(ArrayNode target, LineString line) {
        for (var c : line.getCoordinates()) {
            target.add(position(c));
        }
    }

    private static ArrayNode position(Coordinate c) {
        return NODES.arrayNode().add(round(c.x)).add(round(c.y));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
