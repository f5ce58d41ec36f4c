package org.urbangrid.catalog.internal;

import java.util.List;

/**
 * Why one row or feature of an import was refused: a message key and its arguments.
 *
 * @param componentCode the row's component code as written, may be null
 */
record ImportError(Locator locator, int position, String componentCode, String key, List<Object> args) {

    /** Where in the file: a CSV line or a GeoJSON feature. */
    enum Locator { ROW, FEATURE }

    static ImportError of(RawComponent row, String key, Object... args) {
        return new ImportError(row.locator(), row.position(), row.code(), key, List.of(args));
    }
}
