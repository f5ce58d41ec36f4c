package org.urbangrid.grid.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.urbangrid.grid.BaseFeatureKind;

import tools.jackson.databind.JsonNode;

/**
 * Turns one feature of an import file into a {@link BaseFeature}: our own properties ({@code kind}, {@code name},
 * {@code nameEn}, {@code rank}, {@code minZoom}) when {@code kind} is there, otherwise OpenStreetMap tags
 * ({@code highway}, {@code waterway}, {@code natural}, {@code leisure}, {@code landuse}, {@code building},
 * {@code place}, {@code amenity} …, directly in the properties or under {@code tags}). A feature that maps to
 * no kind is skipped; one that maps to a kind but breaks a rule is an error.
 */
final class BaseMapRules {

    static final int MAX_NAME = 100;
    static final int MAX_ZOOM = 22;

    /** What became of one feature: a feature, skipped (both empty), or the errors that refuse it. */
    record Outcome(Optional<BaseFeature> feature, List<ImportError> errors) {
        static Outcome skipped() {
            return new Outcome(Optional.empty(), List.of());
        }
    }

    private static final Set<String> TRUNK = Set.of("motorway", "trunk", "primary", "motorway_link", "trunk_link", "primary_link");
    private static final Set<String> MAIN = Set.of("secondary", "tertiary", "secondary_link", "tertiary_link");
    private static final Set<String> NOT_ROADS = Set.of("proposed", "construction", "abandoned", "platform", "bus_stop",
            "street_lamp", "traffic_signals", "crossing");
    private static final Set<String> WATERWAYS = Set.of("river", "stream", "canal", "drain", "ditch", "riverbank");
    private static final Set<String> NATURAL_WATER = Set.of("water", "bay", "coastline", "strait", "wetland");
    private static final Set<String> GREEN_LEISURE = Set.of("park", "garden", "nature_reserve", "playground", "pitch", "golf_course");
    private static final Set<String> GREEN_LANDUSE = Set.of("grass", "forest", "meadow", "recreation_ground",
            "village_green", "park", "orchard", "cemetery");
    private static final Set<String> BLOCK_LANDUSE = Set.of("residential", "commercial", "retail", "industrial");
    private static final Set<String> LANDMARK = Set.of("hospital", "university", "college", "station", "mall",
            "townhall", "suburb", "town", "city", "attraction", "stadium");

    private BaseMapRules() {}

    static Outcome check(BaseMapGeoJson.Read read) {
        var p = read.properties();
        var name = text(p, "name");
        var nameEn = Optional.ofNullable(text(p, "nameEn")).orElse(text(p, "name:en"));
        if (read.geometry() == null) {
            return mappedAtAll(p) ? refused(read, name, "error.map.import.geometry-unreadable", read.problem()) : Outcome.skipped();
        }
        var kindText = text(p, "kind");
        if (kindText != null) {
            var kind = BaseFeatureKind.fromKey(kindText);
            if (kind.isEmpty()) {
                return refused(read, name, "error.map.import.kind", kindText);
            }
            return feature(read, kind.get(), name, nameEn, number(p, "rank"), number(p, "minZoom"), read.geometry());
        }
        return osm(read, name, nameEn);
    }

    private static Outcome osm(BaseMapGeoJson.Read read, String name, String nameEn) {
        var p = read.properties();
        var geometry = read.geometry();
        boolean line = geometry.getDimension() == 1;
        boolean area = geometry.getDimension() == 2;
        var highway = text(p, "highway");
        if (highway != null && line && !NOT_ROADS.contains(highway)) {
            int rank = TRUNK.contains(highway) ? 1 : MAIN.contains(highway) ? 2 : 3;
            return feature(read, BaseFeatureKind.ROAD, name, nameEn, rank, null, geometry);
        }
        var natural = text(p, "natural");
        var landuse = text(p, "landuse");
        var waterway = text(p, "waterway");
        if ((waterway != null && WATERWAYS.contains(waterway)) || (natural != null && NATURAL_WATER.contains(natural))
                || "reservoir".equals(landuse) || "basin".equals(landuse) || (text(p, "water") != null && area)) {
            int rank = "coastline".equals(natural) || "bay".equals(natural) || "river".equals(waterway) && area ? 1
                    : "river".equals(waterway) || area ? 2 : 3;
            return geometry.getDimension() == 0 ? Outcome.skipped()
                    : feature(read, BaseFeatureKind.WATER, name, nameEn, rank, null, geometry);
        }
        var leisure = text(p, "leisure");
        if (area && ((leisure != null && GREEN_LEISURE.contains(leisure)) || (landuse != null && GREEN_LANDUSE.contains(landuse))
                || "wood".equals(natural) || "scrub".equals(natural) || "grassland".equals(natural))) {
            return feature(read, BaseFeatureKind.GREEN, name, nameEn, "park".equals(leisure) ? 2 : 3, null, geometry);
        }
        var building = text(p, "building");
        if (area && ((building != null && !"no".equals(building)) || (landuse != null && BLOCK_LANDUSE.contains(landuse)))) {
            return feature(read, BaseFeatureKind.BLOCK, name, nameEn, building != null ? 3 : 2, null, geometry);
        }
        var what = firstOf(p, "place", "amenity", "shop", "tourism", "railway", "public_transport", "office", "healthcare");
        if (what != null && name != null) {
            int rank = LANDMARK.contains(what) ? 1 : Set.of("school", "kindergarten", "neighbourhood", "quarter",
                    "bus_station", "marketplace", "supermarket", "library", "police").contains(what) ? 2 : 3;
            Geometry point = geometry.getDimension() == 0 ? geometry : geometry.getInteriorPoint();
            return feature(read, BaseFeatureKind.PLACE, name, nameEn, rank, null, point);
        }
        return Outcome.skipped();
    }

    private static Outcome feature(BaseMapGeoJson.Read read, BaseFeatureKind kind, String name, String nameEn,
            Integer rank, Integer minZoom, Geometry geometry) {
        var errors = new java.util.ArrayList<ImportError>();
        String label = name != null ? name : kind.key();
        if (!allowed(kind, geometry)) {
            errors.add(error(read, label, "error.map.import.geometry-type", kind.key(), geometry.getGeometryType()));
        } else if (!geometry.isValid()) {
            var why = new org.locationtech.jts.operation.valid.IsValidOp(geometry).getValidationError();
            errors.add(error(read, label, "error.map.import.geometry-invalid", why.getMessage(), why.getCoordinate()));
        }
        if (kind == BaseFeatureKind.PLACE && name == null && nameEn == null) {
            errors.add(error(read, label, "error.map.import.place-name"));
        }
        if ((name != null && name.length() > MAX_NAME) || (nameEn != null && nameEn.length() > MAX_NAME)) {
            errors.add(error(read, label, "error.map.import.name-length", MAX_NAME));
        }
        int r = rank == null ? defaultRank(kind) : rank;
        if (r < 1 || r > 3) {
            errors.add(error(read, label, "error.map.import.rank", read.properties().path("rank").toString()));
        }
        int z = minZoom == null ? defaultMinZoom(kind, Math.max(1, Math.min(3, r))) : minZoom;
        if (z < 0 || z > MAX_ZOOM) {
            errors.add(error(read, label, "error.map.import.min-zoom", read.properties().path("minZoom").toString(), MAX_ZOOM));
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), List.copyOf(errors));
        }
        return new Outcome(Optional.of(new BaseFeature(kind, name, nameEn, r, z, geometry)), List.of());
    }

    static boolean allowed(BaseFeatureKind kind, Geometry geometry) {
        int dimension = geometry.getDimension();
        boolean single = !"GeometryCollection".equals(geometry.getGeometryType()) && !"MultiPoint".equals(geometry.getGeometryType());
        return single && switch (kind) {
            case ROAD -> dimension == 1;
            case WATER -> dimension >= 1;
            case GREEN, BLOCK -> dimension == 2;
            case PLACE -> "Point".equals(geometry.getGeometryType());
        };
    }

    static int defaultRank(BaseFeatureKind kind) {
        return kind == BaseFeatureKind.ROAD || kind == BaseFeatureKind.PLACE || kind == BaseFeatureKind.BLOCK ? 3 : 2;
    }

    /** The lowest zoom that draws a feature of this kind and rank, when the file does not say. */
    static int defaultMinZoom(BaseFeatureKind kind, int rank) {
        int[] byRank = switch (kind) {
            case ROAD -> new int[] { 11, 13, 15 };
            case WATER -> new int[] { 10, 12, 14 };
            case GREEN -> new int[] { 12, 13, 15 };
            case BLOCK -> new int[] { 14, 15, 16 };
            case PLACE -> new int[] { 12, 14, 16 };
        };
        return byRank[rank - 1];
    }

    private static boolean mappedAtAll(JsonNode p) {
        return firstOf(p, "kind", "highway", "waterway", "natural", "leisure", "landuse", "building", "place", "amenity") != null;
    }

    private static Outcome refused(BaseMapGeoJson.Read read, String name, String key, Object... args) {
        return new Outcome(Optional.empty(), List.of(error(read, name, key, args)));
    }

    private static ImportError error(BaseMapGeoJson.Read read, String label, String key, Object... args) {
        return new ImportError(read.index(), label, key, java.util.Arrays.asList(args));
    }

    private static String firstOf(JsonNode p, String... keys) {
        for (var key : keys) {
            var value = text(p, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A property, directly or under {@code tags} (osmtogeojson's older layout); blank is absent. */
    static String text(JsonNode p, String key) {
        var value = p.path(key);
        if (value.isMissingNode() || value.isNull()) {
            value = p.path("tags").path(key);
        }
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        var text = value.asString("").trim();
        return text.isEmpty() ? null : text;
    }

    /** An integer property; a value that is not one becomes Integer.MIN_VALUE so the range check names it. */
    private static Integer number(JsonNode p, String key) {
        var value = p.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || (value.isString() && value.asString().trim().matches("-?\\d{1,3}"))) {
            return value.isIntegralNumber() ? value.intValue() : Integer.parseInt(value.asString().trim());
        }
        return Integer.MIN_VALUE;
    }
}
