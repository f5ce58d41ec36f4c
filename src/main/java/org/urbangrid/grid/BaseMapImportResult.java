package org.urbangrid.grid;

import java.util.Map;

/**
 * What a base-map import did: the features now stored per kind (lower-case keys), the file's features that map to
 * no kind and were left out (an OpenStreetMap extract carries many), and the gazetteer entries derived from it.
 */
public record BaseMapImportResult(int imported, Map<String, Integer> byKind, int skipped, int gazetteerEntries,
        long version) {}
