package org.urbangrid.catalog.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads CSV and GeoJSON import files into {@link RawComponent}s; a file it cannot read at all is a 400. */
final class ComponentFileReaders {

    static final int MAX_ROWS = 100_000;
    private static final List<String> REQUIRED_COLUMNS = List.of("code", "classCode", "lat", "lng");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ComponentFileReaders() {}

    static List<RawComponent> csv(String text) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (var parser = format.parse(new StringReader(stripBom(text)))) {
            var header = Set.copyOf(parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
            var missing = REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty()) {
                throw UrbanGridException.invalid("error.component.csv-columns", String.join(", ", missing));
            }
            var rows = new ArrayList<RawComponent>();
            for (var record : parser) {
                checkSize(rows.size());
                rows.add(row(record, (int) parser.getCurrentLineNumber()));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw UrbanGridException.invalid("error.component.import-unreadable", e.getMessage());
        }
    }

    private static RawComponent row(CSVRecord r, int line) {
        return new RawComponent(ImportError.Locator.ROW, line, get(r, "code"), get(r, "classCode"), get(r, "name"),
                get(r, "lat"), get(r, "lng"), get(r, "ownerDept"), get(r, "maintainerDept"), get(r, "state"),
                get(r, "material"), get(r, "surveyDate"), get(r, "source"));
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    static List<RawComponent> geoJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(stripBom(text));
        } catch (JacksonException e) {
            throw UrbanGridException.invalid("error.component.import-unreadable", e.getOriginalMessage());
        }
        var features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw UrbanGridException.invalid("error.component.geojson-not-collection");
        }
        var rows = new ArrayList<RawComponent>();
        for (var feature : features) {
            checkSize(rows.size());
            rows.add(feature(feature, rows.size() + 1));
        }
        return rows;
    }

    private static RawComponent feature(JsonNode feature, int number) {
        var properties = feature.path("properties");
        var geometry = feature.path("geometry");
        var coordinates = geometry.path("coordinates");
        boolean point = "Point".equals(geometry.path("type").asString(null)) && coordinates.size() >= 2;
        String latitude = point ? text(coordinates.get(1)) : null;
        String longitude = point ? text(coordinates.get(0)) : null;
        return new RawComponent(ImportError.Locator.FEATURE, number, text(properties.get("code")),
                text(properties.get("classCode")), text(properties.get("name")), latitude, longitude,
                text(properties.get("ownerDept")), text(properties.get("maintainerDept")),
                text(properties.get("state")), text(properties.get("material")),
                text(properties.get("surveyDate")), text(properties.get("source")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static void checkSize(int rows) {
        if (rows >= MAX_ROWS) {
            throw UrbanGridException.invalid("error.component.import-too-large", MAX_ROWS);
        }
    }

    private static String stripBom(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : String.valueOf(text);
    }
}
