package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** Store and import behaviour that must hold on H2 and on PostgreSQL alike. */
abstract class GridStoreContract extends IntegrationTest {

    @Autowired
    Grids grids;

    @Test
    void imported_hierarchy_is_found_by_code_level_and_parent() {
        var d = TestGeoJson.freshDistrict();
        var result = grids.importGeoJson(TestGeoJson.whole(d).build());

        assertThat(result).isEqualTo(new GridImportResult(7, 0));
        var unit = grids.require(d.unit(2));
        assertThat(unit.level()).isEqualTo(GridLevel.UNIT);
        assertThat(unit.parentCode()).isEqualTo(d.community());
        assertThat(unit.name()).isEqualTo("测试网格2");
        assertThat(grids.children(d.community())).extracting(Grid::code)
                .containsExactly(d.unit(1), d.unit(2), d.unit(3), d.unit(4));
        assertThat(grids.ofLevel(GridLevel.STREET)).extracting(Grid::code).contains(d.street());
        assertThat(grids.nameOf(d.street())).contains("测试街道");
    }

    @Test
    void area_is_computed_in_square_metres() {
        var d = TestGeoJson.freshDistrict();
        grids.importGeoJson(TestGeoJson.whole(d).build());
        double cellSide = 0.001 * Math.PI * 6_371_008.8 / 180;
        double expected = cellSide * cellSide * Math.cos(Math.toRadians(d.south() + 0.0015));
        assertThat(grids.require(d.unit(1)).areaSquareMetres()).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(grids.require(d.code()).areaSquareMetres()).isCloseTo(4 * expected, org.assertj.core.data.Percentage.withPercentage(0.5));
    }

    @Test
    void export_of_a_subtree_imports_back_unchanged() {
        var d = TestGeoJson.freshDistrict();
        grids.importGeoJson(TestGeoJson.whole(d).build());
        var before = grids.geometryOf(d.unit(3)).orElseThrow();

        var exported = grids.exportGeoJson(d.street());
        var again = grids.importGeoJson(exported);

        assertThat(again).isEqualTo(new GridImportResult(0, 6));
        assertThat(grids.geometryOf(d.unit(3)).orElseThrow().equalsExact(before)).isTrue();
        assertThat(grids.exportGeoJson(d.street())).isEqualTo(exported);
    }

    @Test
    void failed_import_stores_nothing() {
        var d = TestGeoJson.freshDistrict();
        var file = TestGeoJson.whole(d).rect(d.unit(5), "越界网格", "unit", d.community(), d.south() + 0.01,
                d.west() + 0.01, d.south() + 0.011, d.west() + 0.011).build();

        assertThatThrownBy(() -> grids.importGeoJson(file)).isInstanceOf(UrbanGridException.class);
        assertThat(grids.find(d.code())).isEmpty();
        assertThat(grids.find(d.unit(1))).isEmpty();
    }

    @Test
    void reimport_of_an_existing_code_replaces_it() {
        var d = TestGeoJson.freshDistrict();
        grids.importGeoJson(TestGeoJson.whole(d).build());
        var renamed = new TestGeoJson().rect(d.unit(1), "改名网格", "unit", d.community(), d.south() + TestGeoJson.CELL,
                d.west(), d.south() + 2 * TestGeoJson.CELL, d.west() + TestGeoJson.CELL).build();

        assertThat(grids.importGeoJson(renamed)).isEqualTo(new GridImportResult(0, 1));
        assertThat(grids.nameOf(d.unit(1))).contains("改名网格");
        assertThat(grids.children(d.community())).hasSize(4);
    }

    @Test
    void multipolygon_grid_with_a_hole_round_trips_through_export() {
        var d = TestGeoJson.freshDistrict();
        double s = d.south(), w = d.west(), c = TestGeoJson.CELL;
        var multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]],[[%s,%s],[%s,%s],[%s,%s],[%s,%s]]],[[[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]]}"
                .formatted(w, s, w + c, s, w + c, s + c, w, s + c, w, s,
                        w + c / 4, s + c / 4, w + c / 2, s + c / 4, w + c / 2, s + c / 2, w + c / 4, s + c / 4,
                        w + 1.5 * c, s, w + 2 * c, s, w + 2 * c, s + c, w + 1.5 * c, s);
        grids.importGeoJson(new TestGeoJson().hierarchy(d)
                .raw(TestGeoJson.feature(d.unit(1), "飞地网格", "unit", d.community(), multi)).build());
        var stored = grids.geometryOf(d.unit(1)).orElseThrow();
        assertThat(stored.getGeometryType()).isEqualTo("MultiPolygon");

        grids.importGeoJson(grids.exportGeoJson(d.community()));

        assertThat(grids.geometryOf(d.unit(1)).orElseThrow().equalsExact(stored)).isTrue();
        assertThat(((org.locationtech.jts.geom.Polygon) stored.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }
}
