package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
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

    /** A grid is an area: the base map's GeoJSON geometry reader, held to Polygon and MultiPolygon. */
    private static Geometry geometry(JsonNode geometry) {
        var type = geometry.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
        }
        return BaseMapGeoJson.geometry(geometry);
    }
}
