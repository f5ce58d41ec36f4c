package org.urbangrid.grid.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.grid.BaseMapImportResult;
import org.urbangrid.platform.UrbanGridException;

/**
 * Replaces the base map from a GeoJSON FeatureCollection, all or nothing: every feature is checked, a bad file is
 * refused with one report naming each offending feature, and nothing changes; a good one replaces every feature,
 * the gazetteer entries derived from them and writes one audit entry, in one transaction.
 */
@Component
public class BaseMapImporter {

    private final BaseFeatureStore store;
    private final IndexedGazetteer gazetteer;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    BaseMapImporter(BaseFeatureStore store, IndexedGazetteer gazetteer, AuditLog audit, Clock clock, MessageSource messages) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional
    public BaseMapImportResult importGeoJson(String geoJson, String source) {
        var read = BaseMapGeoJson.read(geoJson);
        var features = new ArrayList<BaseFeature>();
        var errors = new ArrayList<ImportError>();
        int skipped = 0;
        for (var feature : read) {
            var outcome = BaseMapRules.check(feature);
            errors.addAll(outcome.errors());
            outcome.feature().ifPresent(features::add);
            skipped += outcome.feature().isEmpty() && outcome.errors().isEmpty() ? 1 : 0;
        }
        if (!errors.isEmpty()) {
            throw report(errors, read.size());
        }
        if (features.isEmpty()) {
            throw UrbanGridException.invalid("error.map.import.nothing", read.size()).with("field", "file");
        }
        var before = store.counts();
        long version = store.replaceAll(features, source, clock.instant());
        int derived = gazetteer.replaceDerived(BaseMapGazetteer.entries(features));
        var after = store.counts();
        audit.record("basemap", "import-geojson", source == null ? "GeoJSON" : source, before,
                Map.of("features", after, "skipped", skipped, "gazetteer", derived, "version", version));
        return new BaseMapImportResult(features.size(), after, skipped, derived, version);
    }

    private UrbanGridException report(List<ImportError> errors, int total) {
        var locale = LocaleContextHolder.getLocale();
        var items = errors.stream()
                .sorted(Comparator.comparingInt(ImportError::index))
                .limit(1000)
                .map(e -> Map.of("index", e.index(), "code", String.valueOf(e.code()), "key", e.key(),
                        "message", messages.getMessage(e.key(), UrbanGridException.displayed(e.args().toArray(), messages, locale),
                                e.key(), locale)))
                .toList();
        int features = new HashSet<>(errors.stream().map(ImportError::index).toList()).size();
        return UrbanGridException.invalid("error.map.import.rejected", features, total).with("field", "file")
                .with("errors", items);
    }
}
