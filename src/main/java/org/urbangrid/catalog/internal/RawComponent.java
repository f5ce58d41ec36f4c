package org.urbangrid.catalog.internal;

/**
 * One row of a CSV file or one feature of a GeoJSON file, as text, before validation.
 *
 * @param position the CSV line number (the header is line 1) or the 1-based feature number
 */
record RawComponent(ImportError.Locator locator, int position, String code, String classCode, String name,
        String latitude, String longitude, String ownerDept, String maintainerDept, String state, String material,
        String surveyDate, String source) {}
