package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a GeoJSON FeatureCollection of Polygon / MultiPolygon grid features (RFC 7946, lng/lat order). */
final class GeoJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonReader() {}

    static List<FeatureInput> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw UrbanGridException.invalid("error.grid.import.not-json", e.getOriginalMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
            throw UrbanGridException.invalid("error.grid.import.not-feature-collection");
        }
        var features = new ArrayList<FeatureInput>();
        for (var feature : root.path("features")) {
            features.add(feature(features.size(), feature));
        }
        if (features.isEmpty()) {
            throw UrbanGridException.invalid("error.grid.import.empty");
        }
        return features;
    }

    private static FeatureInput feature(int index, JsonNode feature) {
        var properties = feature.path("properties");
        Geometry geometry = null;
        String problem = null;
        try {
            geometry = geometry(feature.path("geometry"));
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return new FeatureInput(index, text(properties, "code"), text(properties, "name"), text(properties, "level"),
                text(properties, "parentCode"), geometry, problem, nameEn(properties));
    }

    /** {@code nameEn}, or OpenStreetMap's {@code name:en}; at most 200 characters kept. */
    private static String nameEn(JsonNode properties) {
        var name = text(properties, "nameEn");
        if (name == null) {
            name = text(properties, "name:en");
        }
        return name == null ? null : name.substring(0, Math.min(200, name.length()));
    }

    private static String text(JsonNode properties, String name) {
        var value = properties.path(name);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        var text = value.asString("").trim();
        return text.isEmpty() ? null : text;
    }

    private static Geometry geometry(JsonNode geometry) {
        var type = geometry.path("type").asString("");
        var coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new IllegalArgumentException("geometry needs a type and coordinates");
        }
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                var polygons = new ArrayList<Polygon>();
                coordinates.forEach(p -> polygons.add(polygon(p)));
                yield Geo.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        };
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
        if (!positions.isArray()) {
            throw new IllegalArgumentException("a ring must be an array of [longitude, latitude] positions");
        }
        var coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i));
        }
        return Geo.FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude]: " + position);
        }
        double lng = position.get(0).doubleValue();
        double lat = position.get(1).doubleValue();
        if (Math.abs(lng) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("position out of range (longitude first): " + position);
        }
        return new Coordinate(lng, lat);
    }
}
