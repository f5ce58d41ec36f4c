package org.urbangrid.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.urbangrid.grid.GridLevel;

/** The import rules as plain logic, without a database. */
class ImportRulesTest {

    private static final double C = 0.001;

    @Test
    void grids_that_only_touch_their_siblings_pass() {
        var features = List.of(unit(0, "210299001001001", 0, 0), unit(1, "210299001001002", 0, 1));
        assertThat(TopologyRules.check(features, Map.of("210299001001", rect(0, 0, 1, 2)))).isEmpty();
    }

    @Test
    void overlapping_siblings_are_each_named_with_the_other() {
        var features = List.of(unit(0, "210299001001001", 0, 0), feature(1, "210299001001002", "unit",
                "210299001001", rect(0, 0.5, 1, 1.5)));
        var errors = TopologyRules.check(features, Map.of("210299001001", rect(0, 0, 1, 2)));
        assertThat(errors).extracting(ImportError::code).containsExactlyInAnyOrder("210299001001001", "210299001001002");
        assertThat(errors).extracting(ImportError::key).containsOnly("error.grid.import.overlap");
        assertThat(errors.get(0).args().get(1)).isInstanceOfSatisfying(Long.class, m2 -> assertThat(m2).isBetween(6000L, 6200L));
    }

    @Test
    void grid_outside_its_parent_is_refused_but_a_sliver_within_tolerance_passes() {
        var parent = Map.of("210299001001", rect(0, 0, 1, 1));
        var overhang = feature(0, "210299001001001", "unit", "210299001001", rect(0, 0, 1.2, 1));
        assertThat(TopologyRules.check(List.of(overhang), parent)).extracting(ImportError::key)
                .containsExactly("error.grid.import.outside-parent");
        var sliver = feature(0, "210299001001001", "unit", "210299001001", rect(0, 0, 1.000001, 1));
        assertThat(TopologyRules.check(List.of(sliver), parent)).isEmpty();
    }

    @Test
    void shrinking_a_stored_parent_away_from_its_stored_children_is_refused() {
        var stored = Map.of("210299001001", rect(0, 0, 1, 2), "210299001001001", rect(0, 0, 1, 1),
                "210299001001002", rect(0, 1, 1, 2));
        var shrunk = feature(0, "210299001001", "community", "210299001", rect(0, 0, 1, 1));
        assertThat(TopologyRules.check(List.of(shrunk), stored)).extracting(ImportError::key, e -> e.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("error.grid.import.child-outside", "210299001001002"));
        var movedWithIt = feature(1, "210299001001002", "unit", "210299001001", rect(0, 0.5, 1, 1));
        var shrunkUnit1 = feature(2, "210299001001001", "unit", "210299001001", rect(0, 0, 1, 0.5));
        assertThat(TopologyRules.check(List.of(shrunk, movedWithIt, shrunkUnit1), stored)).isEmpty();
    }

    @Test
    void multipolygon_with_a_hole_is_a_valid_grid() {
        var geometry = Geo.fromWkt("MULTIPOLYGON (((100 10, 100.002 10, 100.002 10.002, 100 10.002, 100 10),"
                + " (100.0005 10.0005, 100.001 10.0005, 100.001 10.001, 100.0005 10.0005)), ((100.003 10, 100.004 10, 100.004 10.001, 100.003 10)))");
        var f = feature(0, "210299001001001", "unit", "210299001001", geometry);
        assertThat(FeatureRules.check(List.of(f), Map.of("210299001001", GridLevel.COMMUNITY))).isEmpty();
    }

    @Test
    void a_district_names_no_parent_and_a_unit_needs_the_right_one() {
        var district = feature(0, "210299", "district", "210200", rect(0, 0, 1, 1));
        var orphan = feature(1, "210299001001001", "unit", "210299001002", rect(0, 0, 1, 1));
        var errors = FeatureRules.check(List.of(district, orphan), Map.of());
        assertThat(errors).extracting(ImportError::key)
                .containsExactly("error.grid.import.district-parent", "error.grid.import.parent-prefix");
    }

    @Test
    void levels_are_read_by_their_keys_and_codes_by_their_length() {
        assertThat(GridLevel.fromKey(" Unit ")).contains(GridLevel.UNIT);
        assertThat(GridLevel.fromKey("block")).isEmpty();
        assertThat(GridLevel.ofCode("210231001")).contains(GridLevel.STREET);
        assertThat(GridLevel.ofCode("21023100a")).isEmpty();
        assertThat(GridLevel.COMMUNITY.accepts("210231001001")).isTrue();
        assertThat(GridLevel.COMMUNITY.accepts("21023100100")).isFalse();
    }

    private static FeatureInput unit(int index, String code, int row, int col) {
        return feature(index, code, "unit", code.substring(0, 12), rect(row, col, row + 1, col + 1));
    }

    private static FeatureInput feature(int index, String code, String level, String parent, Geometry geometry) {
        return new FeatureInput(index, code, "测试", level, parent, geometry, null);
    }

    /** A rectangle in cells of 0.001° from (10° N, 100° E). */
    private static Geometry rect(double row, double col, double row2, double col2) {
        double s = 10 + row * C, w = 100 + col * C, n = 10 + row2 * C, e = 100 + col2 * C;
        return Geo.fromWkt("POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(w, s, e, s, e, n, w, n, w, s));
    }
}
