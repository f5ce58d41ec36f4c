package org.urbangrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes grids as GeoJSON features with the same properties an import reads. */
public final class GeoJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJsonWriter() {}

    public static ObjectNode collection(List<GridShape> grids) {
        var collection = NODES.objectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        grids.forEach(grid -> features.add(feature(grid)));
        return collection;
    }

    public static ObjectNode feature(GridShape shape) {
        var feature = NODES.objectNode().put("type", "Feature");
        var grid = shape.grid();
        var properties = feature.putObject("properties")
                .put("code", grid.code())
                .put("name", grid.name())
                .put("level", grid.level().key());
        if (grid.parentCode() != null) {
            properties.put("parentCode", grid.parentCode());
        }
        properties.put("areaM2", Math.round(grid.areaSquareMetres() * 10) / 10.0);
        feature.set("geometry", geometry(shape.geometry()));
        return feature;
    }

    static ObjectNode geometry(Geometry geometry) {
        var node = NODES.objectNode();
        if (geometry instanceof Polygon polygon) {
            node.put("type", "Polygon");
            rings(node.putArray("coordinates"), polygon);
        } else {
            node.put("type", "MultiPolygon");
            var polygons = node.putArray("coordinates");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                rings(polygons.addArray(), (Polygon) geometry.getGeometryN(i));
            }
        }
        return node;
    }

    private static void rings(ArrayNode target, Polygon polygon) {
        ring(target.addArray(), polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(target.addArray(), polygon.getInteriorRingN(i));
        }
    }

    private static void ring(ArrayNode target, LineString ring) {
        for (var c : ring.getCoordinates()) {
            target.addArray().add(c.x).add(c.y);
        }
    }
}
