package org.urbangrid.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds small GeoJSON files for import tests. Each {@link #freshDistrict()} gets its own code (9xxxxx) and a
 * place far from the demo district and from every other test district, so tests sharing a context never meet.
 */
final class TestGeoJson {

    static final double CELL = 0.001;
    private static final AtomicInteger NEXT = new AtomicInteger(1 + (int) (ProcessHandle.current().pid() % 500) * 40);

    private final List<String> features = new ArrayList<>();

    /** A test district: its code and south-west corner. */
    record District(String code, double south, double west) {
        String street() { return code + "001"; }
        String community() { return street() + "001"; }
        String unit(int n) { return community() + "%03d".formatted(n); }
    }

    static District freshDistrict() {
        int n = NEXT.getAndIncrement();
        return new District("9%05d".formatted(n), 10 + (n % 400) * 0.05, 100 + (n / 400) * 0.05);
    }

    /** District, street and community over 2 × 2 cells, and the four unit grids 001 NW, 002 NE, 003 SW, 004 SE. */
    static TestGeoJson whole(District d) {
        var json = new TestGeoJson().hierarchy(d);
        json.unit(d, 1, 1, 0).unit(d, 2, 1, 1).unit(d, 3, 0, 0).unit(d, 4, 0, 1);
        return json;
    }

    TestGeoJson hierarchy(District d) {
        return rect(d.code(), "测试区", "district", null, d.south(), d.west(), d.south() + 2 * CELL, d.west() + 2 * CELL)
                .rect(d.street(), "测试街道", "street", d.code(), d.south(), d.west(), d.south() + 2 * CELL, d.west() + 2 * CELL)
                .rect(d.community(), "测试社区", "community", d.street(), d.south(), d.west(), d.south() + 2 * CELL,
                        d.west() + 2 * CELL);
    }

    /** Unit n in cell (row from the south, col from the west). */
    TestGeoJson unit(District d, int n, int row, int col) {
        double south = d.south() + row * CELL;
        double west = d.west() + col * CELL;
        return rect(d.unit(n), "测试网格" + n, "unit", d.community(), south, west, south + CELL, west + CELL);
    }

    TestGeoJson rect(String code, String name, String level, String parent, double south, double west, double north,
            double east) {
        return ring(code, name, level, parent, new double[][] { { west, south }, { east, south }, { east, north },
                { west, north }, { west, south } });
    }

    TestGeoJson ring(String code, String name, String level, String parent, double[][] lngLat) {
        var coordinates = new StringBuilder();
        for (var p : lngLat) {
            coordinates.append(coordinates.isEmpty() ? "" : ",").append('[').append(p[0]).append(',').append(p[1]).append(']');
        }
        return raw(feature(code, name, level, parent, "{\"type\":\"Polygon\",\"coordinates\":[[" + coordinates + "]]}"));
    }

    static String feature(String code, String name, String level, String parent, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":" + quote(code) + ",\"name\":" + quote(name)
                + ",\"level\":" + quote(level) + ",\"parentCode\":" + quote(parent) + "},\"geometry\":" + geometry + "}";
    }

    TestGeoJson raw(String feature) {
        features.add(feature);
        return this;
    }

    String build() {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
