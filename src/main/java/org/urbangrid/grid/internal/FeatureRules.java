package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.urbangrid.grid.GridLevel;

/**
 * The checks of an import that look at one feature at a time: level, code shape, name, geometry,
 * duplicate codes, and the parent (well-formed prefix, present in the file or the database).
 */
final class FeatureRules {

    private FeatureRules() {}

    static List<ImportError> check(List<FeatureInput> features, Map<String, GridLevel> stored) {
        var errors = new ArrayList<ImportError>();
        var firstIndex = new HashMap<String, Integer>();
        var inFile = new HashMap<String, GridLevel>();
        for (var f : features) {
            if (f.code() != null) {
                firstIndex.putIfAbsent(f.code(), f.index());
                GridLevel.ofCode(f.code()).ifPresent(level -> inFile.putIfAbsent(f.code(), level));
            }
        }
        for (var f : features) {
            fields(f, errors);
            geometry(f, errors);
            if (f.code() != null && firstIndex.get(f.code()) != f.index()) {
                errors.add(ImportError.of(f, "error.grid.import.duplicate", f.code(), firstIndex.get(f.code())));
            }
            parent(f, inFile, stored, errors);
        }
        return errors;
    }

    private static void fields(FeatureInput f, List<ImportError> errors) {
        var level = GridLevel.fromKey(f.level());
        if (level.isEmpty()) {
            errors.add(ImportError.of(f, "error.grid.import.level", String.valueOf(f.level())));
        } else if (!level.get().accepts(f.code())) {
            errors.add(ImportError.of(f, "error.grid.import.code-format", String.valueOf(f.code()),
                    level.get().key(), level.get().codeLength()));
        }
        if (f.name() == null || f.name().length() > 100) {
            errors.add(ImportError.of(f, "error.grid.import.name"));
        }
    }

    private static void geometry(FeatureInput f, List<ImportError> errors) {
        if (f.geometry() == null) {
            errors.add(ImportError.of(f, "error.grid.import.geometry-unreadable", String.valueOf(f.geometryProblem())));
            return;
        }
        if (!(f.geometry() instanceof Polygon || f.geometry() instanceof MultiPolygon) || f.geometry().isEmpty()) {
            errors.add(ImportError.of(f, "error.grid.import.geometry-unreadable", f.geometry().getGeometryType()));
            return;
        }
        var validity = new IsValidOp(f.geometry()).getValidationError();
        if (validity != null) {
            errors.add(ImportError.of(f, "error.grid.import.geometry-invalid", validity.getMessage(),
                    validity.getCoordinate() == null ? "" : validity.getCoordinate().toString()));
        }
    }

    private static void parent(FeatureInput f, Map<String, GridLevel> inFile, Map<String, GridLevel> stored,
            List<ImportError> errors) {
        var level = GridLevel.fromKey(f.level()).filter(l -> l.accepts(f.code()));
        if (level.isEmpty()) {
            return;
        }
        if (level.get() == GridLevel.DISTRICT) {
            if (f.parentCode() != null) {
                errors.add(ImportError.of(f, "error.grid.import.district-parent", f.parentCode()));
            }
            return;
        }
        String expected = f.code().substring(0, f.code().length() - 3);
        if (f.parentCode() == null || !f.parentCode().equals(expected)) {
            errors.add(ImportError.of(f, "error.grid.import.parent-prefix", String.valueOf(f.parentCode()), expected));
        } else if (!inFile.containsKey(expected) && !stored.containsKey(expected)) {
            errors.add(ImportError.of(f, "error.grid.import.parent-missing", expected));
        }
    }
}
