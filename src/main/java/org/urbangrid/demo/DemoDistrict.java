package org.urbangrid.demo;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo district's grids as GeoJSON, modelled on seed 000 (大连高新区): synthetic geometry near the real
 * place. A 28 × 40 lattice of about 100 m × 100 m cells; each street is a quarter (14 × 20 cells), split into
 * four communities; every cell is one unit grid, numbered west → east, north → south within its community.
 */
final class DemoDistrict {

    static final double NORTH = 38.9000;
    static final double WEST = 121.4950;
    static final double CELL_LAT = 0.0009;
    static final double CELL_LNG = 0.00116;
    static final int ROWS = 28;
    static final int COLS = 40;

    /** A street: its code, name, first row and column, the column where its western communities end. */
    record Street(String code, String name, int row, int col, int split, List<String> communities) {}

    static final List<Street> STREETS = List.of(
            new Street("210231001", "凌水街道", 0, 0, 9, List.of("凌水社区", "小平岛社区", "河口社区", "金家街社区")),
            new Street("210231002", "龙王塘街道", 14, 0, 11, List.of("龙王塘社区", "塔河湾社区", "黄泥川社区", "棠梨社区")),
            new Street("210231003", "软件园地区", 0, 20, 11, List.of("软件园社区", "数码社区", "东软社区", "红凌社区")),
            new Street("210231004", "七贤岭地区", 14, 20, 9, List.of("七贤岭社区", "火炬社区", "高新园社区", "学苑社区")));

    /** English names of the district, its streets and communities (unit grids: "Lingshui Community Grid 3"). */
    static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("大连高新技术产业园区", "Dalian Hi-tech Industrial Zone"),
            Map.entry("凌水街道", "Lingshui Subdistrict"),
            Map.entry("凌水社区", "Lingshui Community"),
            Map.entry("小平岛社区", "Xiaopingdao Community"),
            Map.entry("河口社区", "Hekou Community"),
            Map.entry("金家街社区", "Jinjiajie Community"),
            Map.entry("龙王塘街道", "Longwangtang Subdistrict"),
            Map.entry("龙王塘社区", "Longwangtang Community"),
            Map.entry("塔河湾社区", "Tahewan Community"),
            Map.entry("黄泥川社区", "Huangnichuan Community"),
            Map.entry("棠梨社区", "Tangli Community"),
            Map.entry("软件园地区", "Software Park Area"),
            Map.entry("软件园社区", "Software Park Community"),
            Map.entry("数码社区", "Shuma Community"),
            Map.entry("东软社区", "Dongruan Community"),
            Map.entry("红凌社区", "Hongling Community"),
            Map.entry("七贤岭地区", "Qixianling Area"),
            Map.entry("七贤岭社区", "Qixianling Community"),
            Map.entry("火炬社区", "Huoju Community"),
            Map.entry("高新园社区", "Gaoxinyuan Community"),
            Map.entry("学苑社区", "Xueyuan Community"));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DemoDistrict() {}

    static String geoJson() {
        var collection = NODES.objectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        features.add(feature("210231", "大连高新技术产业园区", "district", null, 0, 0, ROWS, COLS));
        for (var street : STREETS) {
            features.add(feature(street.code(), street.name(), "street", "210231", street.row(), street.col(), 14, 20));
            communities(street, features);
        }
        return collection.toString();
    }

    private static void communities(Street street, ArrayNode features) {
        for (int i = 0; i < 4; i++) {
            int row = street.row() + (i / 2) * 7;
            int col = street.col() + (i % 2 == 0 ? 0 : street.split());
            int width = i % 2 == 0 ? street.split() : 20 - street.split();
            var code = street.code() + "%03d".formatted(i + 1);
            var name = street.communities().get(i);
            features.add(feature(code, name, "community", street.code(), row, col, 7, width));
            units(code, name, row, col, width, features);
        }
    }

    private static void units(String community, String name, int row, int col, int width, ArrayNode features) {
        int sequence = 1;
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < width; c++, sequence++) {
                var unit = feature(community + "%03d".formatted(sequence), name + "第" + sequence + "网格", "unit",
                        community, row + r, col + c, 1, 1);
                if (ENGLISH.containsKey(name)) {
                    ((ObjectNode) unit.get("properties")).put("nameEn", ENGLISH.get(name) + " Grid " + sequence);
                }
                features.add(unit);
            }
        }
    }

    private static ObjectNode feature(String code, String name, String level, String parent, int row, int col,
            int rows, int cols) {
        var feature = NODES.objectNode().put("type", "Feature");
        var properties = feature.putObject("properties").put("code", code).put("name", name).put("level", level);
        if (ENGLISH.containsKey(name)) {
            properties.put("nameEn", ENGLISH.get(name));
        }
        if (parent != null) {
            properties.put("parentCode", parent);
        }
        var ring = feature.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
        int[][] corners = { { row, col }, { row, col + cols }, { row + rows, col + cols }, { row + rows, col }, { row, col } };
        for (var corner : corners) {
            ring.addArray().add(lng(corner[1])).add(lat(corner[0]));
        }
        return feature;
    }

    /** Latitude of a lattice row line, rounded so neighbours share exactly the same coordinate. */
    static double lat(int row) {
        return Math.round((NORTH - row * CELL_LAT) * 1e7) / 1e7;
    }

    static double lng(int col) {
        return Math.round((WEST + col * CELL_LNG) * 1e7) / 1e7;
    }
}
