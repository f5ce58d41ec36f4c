package org.urbangrid.grid;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.urbangrid.grid.internal.GeoJsonWriter;
import org.urbangrid.grid.internal.GridImporter;
import org.urbangrid.grid.internal.GridShape;
import org.urbangrid.grid.internal.GridStore;
import org.urbangrid.platform.UrbanGridException;

/** The grid hierarchy's public face (网格): look-ups, GeoJSON import and export. */
@Service
public class Grids {

    private final GridStore store;
    private final GridImporter importer;

    private final org.urbangrid.audit.AuditLog audit;
    private volatile String districtBox;

    Grids(GridStore store, GridImporter importer, org.urbangrid.audit.AuditLog audit) {
        this.store = store;
        this.audit = audit;
        this.importer = importer;
    }

    public Optional<Grid> find(String code) {
        return store.find(code);
    }

    public Grid require(String code) {
        return find(code).orElseThrow(() -> UrbanGridException.notFound("error.grid.not-found", code));
    }

    public List<Grid> children(String parentCode) {
        return store.children(parentCode);
    }

    public List<Grid> ofLevel(GridLevel level) {
        return store.ofLevel(level);
    }

    public Optional<String> nameOf(String code) {
        return store.nameOf(code);
    }

    public long count() {
        return store.count();
    }

    /** The polygon in WGS84 (x = longitude, y = latitude). */
    public Optional<Geometry> geometryOf(String code) {
        return store.shape(code).map(GridShape::geometry);
    }

    /**
     * The district's box for maps, WGS84 {@code minLng,minLat,maxLng,maxLat} (empty when there is no district); kept
     * until the grids change.
     */
    public String districtBox() {
        var box = districtBox;
        if (box == null) {
            box = ofLevel(GridLevel.DISTRICT).stream().findFirst().flatMap(d -> geometryOf(d.code()))
                    .map(g -> g.getEnvelopeInternal())
                    .map(e -> String.format(java.util.Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", e.getMinX(), e.getMinY(),
                            e.getMaxX(), e.getMaxY()))
                    .orElse("");
            districtBox = box;
        }
        return box;
    }

    @org.springframework.context.event.EventListener
    void on(GridsChanged changed) {
        districtBox = null;
    }

    /**
     * A point inside the grid: its centroid when that lies inside (always, for convex grids), else an
     * interior point. Tests and demo data use it to stand in a given unit grid.
     */
    public LatLng centroidOf(String code) {
        var geometry = geometryOf(code).orElseThrow(() -> UrbanGridException.notFound("error.grid.not-found", code));
        var point = geometry.getCentroid();
        if (!geometry.contains(point)) {
            point = geometry.getInteriorPoint();
        }
        return new LatLng(point.getY(), point.getX());
    }

    /**
     * Imports a GeoJSON FeatureCollection all or nothing (400 with an {@code errors} list naming every bad
     * feature). A code that exists is replaced; grids not in the file stay as they are.
     */
    public GridImportResult importGeoJson(String geoJson) {
        var before = java.util.Map.of("grids", count());
        var result = importer.importGeoJson(geoJson);
        audit.record("grids", "import-geojson", "GeoJSON", before,
                java.util.Map.of("grids", count(), "imported", result.imported(), "replaced", result.replaced()));
        return result;
    }

    /** The grid and everything below it as a FeatureCollection; null or blank exports every grid. */
    public String exportGeoJson(String code) {
        if (code == null || code.isBlank()) {
            return GeoJsonWriter.collection(store.all()).toString();
        }
        require(code);
        return GeoJsonWriter.collection(store.subtree(code)).toString();
    }

    /** One grid as a GeoJSON Feature. */
    public String featureOf(String code) {
        var shape = store.shape(code).orElseThrow(() -> UrbanGridException.notFound("error.grid.not-found", code));
        return GeoJsonWriter.feature(shape).toString();
    }
}
