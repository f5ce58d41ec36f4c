package org.urbangrid.grid;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.urbangrid.grid.internal.BaseFeatureStore;
import org.urbangrid.grid.internal.BaseMapImporter;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The base map the platform serves itself (底图): roads, water, green space, building blocks and place labels in
 * WGS84, read by view (bounding box and zoom) and replaced as a whole from GeoJSON. The gazetteer's roads and
 * places are derived from it.
 */
@Service
public class BaseMap {

    /** The most features one answer carries; a view wider than that at its zoom gets the bottom layers first. */
    public static final int MAX_FEATURES = 20_000;
    public static final int MAX_ZOOM = 22;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BaseFeatureStore store;
    private final BaseMapImporter importer;

    BaseMap(BaseFeatureStore store, BaseMapImporter importer) {
        this.store = store;
        this.importer = importer;
    }

    /** A view of the map: a WGS84 bounding box, west/south first, and a zoom level (0 … {@value #MAX_ZOOM}). */
    public record View(double minLng, double minLat, double maxLng, double maxLat, int zoom) {

        /**
         * Reads {@code minLng,minLat,maxLng,maxLat} and a zoom, refusing (400 naming {@code bbox} or {@code zoom})
         * what is not four numbers in range with min below max, or a zoom outside 0 … {@value BaseMap#MAX_ZOOM}.
         */
        public static View parse(String bbox, String zoom) {
            var parts = bbox == null ? new String[0] : bbox.split(",", -1);
            var v = new double[4];
            boolean ok = parts.length == 4;
            for (int i = 0; ok && i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(parts[i].trim());
                    ok = Double.isFinite(v[i]) && Math.abs(v[i]) <= (i % 2 == 0 ? 180 : 90);
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
                throw UrbanGridException.invalid("error.map.bbox", String.valueOf(bbox)).with("field", "bbox");
            }
            int z;
            try {
                z = Integer.parseInt(zoom == null ? "" : zoom.trim());
            } catch (NumberFormatException e) {
                z = -1;
            }
            if (z < 0 || z > MAX_ZOOM) {
                throw UrbanGridException.invalid("error.map.zoom", String.valueOf(zoom), MAX_ZOOM).with("field", "zoom");
            }
            return new View(v[0], v[1], v[2], v[3], z);
        }
    }

    /** The version of the stored base map; every replacement raises it (the API's ETag). */
    public long version() {
        return store.version();
    }

    /**
     * The features that meet the view and show at its zoom ({@code minZoom <= zoom}) as a GeoJSON FeatureCollection
     * in WGS84; each feature has an {@code id} and exactly the properties {@code kind} (lower case), {@code name},
     * {@code nameEn}, {@code rank} and {@code minZoom}. {@code "truncated": true} when more than {@value #MAX_FEATURES} met.
     */
    public String geoJson(View view) {
        var rows = store.within(view.minLng(), view.minLat(), view.maxLng(), view.maxLat(), view.zoom(), MAX_FEATURES + 1);
        var out = new StringBuilder(256 + rows.size() * 200).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < Math.min(rows.size(), MAX_FEATURES); i++) {
            var row = rows.get(i);
            var properties = new LinkedHashMap<String, Object>();
            properties.put("kind", row.kind().key());
            properties.put("name", row.name());
            properties.put("nameEn", row.nameEn());
            properties.put("rank", row.rank());
            properties.put("minZoom", row.minZoom());
            out.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":").append(row.id())
                    .append(",\"properties\":").append(JSON.writeValueAsString(properties))
                    .append(",\"geometry\":").append(row.geometry()).append('}');
        }
        return out.append(']').append(rows.size() > MAX_FEATURES ? ",\"truncated\":true" : "").append('}').toString();
    }

    /** How many features the stored base map has. */
    public int count() {
        return store.count();
    }

    /** Stored features per kind (lower-case keys). */
    public Map<String, Integer> counts() {
        return store.counts();
    }

    /**
     * Replaces the whole base map from a GeoJSON FeatureCollection (our properties or OpenStreetMap tags), all or
     * nothing: 400 with an {@code errors} list naming every bad feature, nothing changed. Audited.
     */
    public BaseMapImportResult importGeoJson(String geoJson, String source) {
        return importer.importGeoJson(geoJson, source);
    }
}
