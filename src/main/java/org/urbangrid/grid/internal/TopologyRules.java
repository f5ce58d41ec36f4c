package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;

/**
 * The checks that compare polygons, run only on features that passed {@link FeatureRules}: a grid lies
 * inside its parent and does not overlap its siblings (those in the file and those already stored),
 * each beyond a tolerance of max(0.5 m², 0.01% of the grid's area) so shared edges and rounding pass.
 */
final class TopologyRules {

    private static final String INTERIORS_MEET = "2********";

    private final Map<String, Geometry> resulting = new HashMap<>();
    private final Map<String, PreparedGeometry> preparedParents = new HashMap<>();
    private final Map<String, List<String>> storedChildren = new HashMap<>();
    private final List<ImportError> errors = new ArrayList<>();

    private TopologyRules(List<FeatureInput> features, Map<String, Geometry> stored) {
        resulting.putAll(stored);
        features.forEach(f -> resulting.put(f.code(), f.geometry()));
        var inFile = features.stream().map(FeatureInput::code).collect(Collectors.toSet());
        stored.keySet().stream().filter(code -> !inFile.contains(code) && parentOf(code) != null)
                .forEach(code -> storedChildren.computeIfAbsent(parentOf(code), key -> new ArrayList<>()).add(code));
    }

    static List<ImportError> check(List<FeatureInput> features, Map<String, Geometry> stored) {
        var rules = new TopologyRules(features, stored);
        features.forEach(rules::insideParent);
        features.forEach(rules::keepsStoredChildren);
        rules.siblingsApart(features);
        return rules.errors;
    }

    static double tolerance(Geometry geometry) {
        return Math.max(0.5, Geo.areaSquareMetres(geometry) * 1e-4);
    }

    private void insideParent(FeatureInput f) {
        var parentCode = parentOf(f.code());
        var parent = parentCode == null ? null : resulting.get(parentCode);
        if (parent == null) {
            return;
        }
        var prepared = preparedParents.computeIfAbsent(parentCode, code -> PreparedGeometryFactory.prepare(parent));
        if (prepared.covers(f.geometry())) {
            return;
        }
        double outside = Geo.areaSquareMetres(OverlayNGRobust.overlay(f.geometry(), parent, OverlayNG.DIFFERENCE));
        if (outside > tolerance(f.geometry())) {
            errors.add(ImportError.of(f, "error.grid.import.outside-parent", parentCode, Math.round(outside)));
        }
    }

    /** A replaced grid must still hold its stored children that the file does not replace too. */
    private void keepsStoredChildren(FeatureInput f) {
        var prepared = PreparedGeometryFactory.prepare(f.geometry());
        for (var childCode : storedChildren.getOrDefault(f.code(), List.of())) {
            var child = resulting.get(childCode);
            if (prepared.covers(child)) {
                continue;
            }
            double outside = Geo.areaSquareMetres(OverlayNGRobust.overlay(child, f.geometry(), OverlayNG.DIFFERENCE));
            if (outside > tolerance(child)) {
                errors.add(ImportError.of(f, "error.grid.import.child-outside", childCode, Math.round(outside)));
            }
        }
    }

    private void siblingsApart(List<FeatureInput> features) {
        var groups = new HashMap<String, STRtree>();
        for (var entry : resulting.entrySet()) {
            var tree = groups.computeIfAbsent(String.valueOf(parentOf(entry.getKey())), key -> new STRtree());
            tree.insert(entry.getValue().getEnvelopeInternal(), entry.getKey());
        }
        for (var f : features) {
            var tree = groups.get(String.valueOf(parentOf(f.code())));
            for (Object other : tree.query(f.geometry().getEnvelopeInternal())) {
                if (!other.equals(f.code())) {
                    overlap(f, (String) other);
                }
            }
        }
    }

    private void overlap(FeatureInput f, String otherCode) {
        var other = resulting.get(otherCode);
        // Neighbours in a tiling only touch: rule them out before the costly overlay.
        if (f.geometry().getEnvelopeInternal().intersection(other.getEnvelopeInternal()).getArea() == 0
                || !RelateNG.relate(f.geometry(), other, INTERIORS_MEET)) {
            return;
        }
        double shared = Geo.areaSquareMetres(OverlayNGRobust.overlay(f.geometry(), other, OverlayNG.INTERSECTION));
        if (shared > tolerance(f.geometry())) {
            errors.add(ImportError.of(f, "error.grid.import.overlap", otherCode, Math.round(shared)));
        }
    }

    private static String parentOf(String code) {
        return code.length() <= 6 ? null : code.substring(0, code.length() - 3);
    }
}
