package org.urbangrid.grid.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridImportResult;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.GridsChanged;
import org.urbangrid.platform.UrbanGridException;

/**
 * Imports a GeoJSON FeatureCollection all or nothing: every rule runs over every feature, and a bad file is
 * refused with one report naming each offending feature. A feature whose code exists replaces that grid
 * (name, parent, polygon); grids not in the file are kept.
 */
@Component
public class GridImporter {

    private final GridStore store;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    GridImporter(GridStore store, Clock clock, MessageSource messages, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    public GridImportResult importGeoJson(String geoJson) {
        var features = GeoJsonReader.read(geoJson);
        var stored = store.all();
        var errors = FeatureRules.check(features, stored.stream()
                .collect(Collectors.toMap(GridShape::code, shape -> shape.grid().level())));
        var failed = errors.stream().map(ImportError::index).collect(Collectors.toSet());
        var clean = features.stream().filter(f -> !failed.contains(f.index())).toList();
        errors.addAll(TopologyRules.check(clean, stored.stream()
                .collect(Collectors.toMap(GridShape::code, GridShape::geometry))));
        if (!errors.isEmpty()) {
            throw report(errors, features.size());
        }
        return save(features, stored.stream().map(GridShape::code).collect(Collectors.toSet()));
    }

    private GridImportResult save(List<FeatureInput> features, Set<String> storedCodes) {
        var ordered = features.stream().sorted(Comparator.comparingInt((FeatureInput f) -> f.code().length())
                .thenComparing(FeatureInput::code)).toList();
        var grids = ordered.stream().map(f -> new Grid(f.code(), f.name(), GridLevel.ofCode(f.code()).orElseThrow(),
                f.parentCode(), Geo.areaSquareMetres(f.geometry()), f.nameEn())).toList();
        var wkt = ordered.stream().collect(Collectors.toMap(FeatureInput::code, f -> Geo.toWkt(f.geometry())));
        var replacing = grids.stream().filter(g -> storedCodes.contains(g.code())).toList();
        var fresh = grids.stream().filter(g -> !storedCodes.contains(g.code())).toList();
        store.saveAll(fresh, replacing, wkt, clock.instant());
        events.publishEvent(new GridsChanged(grids.stream().map(Grid::code).toList()));
        return new GridImportResult(fresh.size(), replacing.size());
    }

    private UrbanGridException report(List<ImportError> errors, int total) {
        var locale = LocaleContextHolder.getLocale();
        var items = errors.stream()
                .sorted(Comparator.comparingInt(ImportError::index))
                .map(e -> Map.of("index", e.index(), "code", String.valueOf(e.code()), "key", e.key(),
                        "message", messages.getMessage(e.key(), e.args().toArray(), e.key(), locale)))
                .toList();
        int features = new HashSet<>(errors.stream().map(ImportError::index).toList()).size();
        return UrbanGridException.invalid("error.grid.import.rejected", features, total).with("errors", items);
    }
}
