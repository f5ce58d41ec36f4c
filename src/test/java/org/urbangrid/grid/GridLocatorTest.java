package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

class GridLocatorTest extends IntegrationTest {

    @Autowired
    Grids grids;
    @Autowired
    GridLocator locator;
    @Autowired
    DemoGrids demo;

    @BeforeEach
    void demoDistrict() {
        GridTestSupport.ensureDemo(grids, demo);
    }

    @Test
    void demo_district_has_four_streets_sixteen_communities_and_1120_unit_grids_that_tile_it() {
        assertThat(grids.children("210231")).extracting(Grid::code)
                .containsExactly("210231001", "210231002", "210231003", "210231004");
        assertThat(grids.children("210231001")).extracting(Grid::name)
                .containsExactly("凌水社区", "小平岛社区", "河口社区", "金家街社区");
        var units = grids.ofLevel(GridLevel.UNIT).stream().filter(g -> g.code().startsWith("210231")).toList();
        assertThat(units).hasSize(1120);
        assertThat(units).allSatisfy(unit -> assertThat(unit.areaSquareMetres()).isBetween(9_500.0, 10_500.0));
        double total = units.stream().mapToDouble(Grid::areaSquareMetres).sum();
        assertThat(total).isCloseTo(grids.require("210231").areaSquareMetres(), org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void every_unit_grid_centroid_locates_to_that_grid() {
        for (var unit : grids.ofLevel(GridLevel.UNIT)) {
            if (unit.code().startsWith("210231")) {
                var inside = grids.centroidOf(unit.code());
                assertThat(locator.locate(inside.latitude(), inside.longitude()).unitGridCode()).isEqualTo(unit.code());
            }
        }
    }

    @Test
    void location_carries_community_street_and_district() {
        var inside = grids.centroidOf("210231003002005");
        assertThat(locator.locate(inside.latitude(), inside.longitude()))
                .isEqualTo(new Location("210231003002005", "210231003002", "210231003", "210231"));
    }

    @Test
    void point_on_shared_edge_lands_in_the_lower_code() {
        var west = envelope("210231001001001");
        assertThat(unitAt(west.centre().y, west.getMaxX())).isEqualTo("210231001001001");
        var middle = envelope("210231001001002");
        assertThat(unitAt(middle.centre().y, middle.getMaxX())).isEqualTo("210231001001002");
        assertThat(unitAt(middle.centre().y, middle.getMinX())).isEqualTo("210231001001001");
        assertThat(unitAt(west.getMinY(), west.centre().x)).isEqualTo("210231001001001");
    }

    @Test
    void point_on_a_corner_shared_by_four_grids_lands_in_the_lowest_code() {
        var corner = envelope("210231001001011");
        assertThat(unitAt(corner.getMaxY(), corner.getMinX())).isEqualTo("210231001001001");
        assertThat(unitAt(corner.getMinY(), corner.getMaxX())).isEqualTo("210231001001011");
    }

    @Test
    void point_on_a_community_or_street_boundary_lands_in_the_lowest_code() {
        var communityEdge = envelope("210231001001009");
        assertThat(unitAt(communityEdge.centre().y, communityEdge.getMaxX())).isEqualTo("210231001001009");
        var streetEdge = envelope("210231003001001");
        assertThat(unitAt(streetEdge.centre().y, streetEdge.getMinX())).isEqualTo("210231001002011");
    }

    @Test
    void the_same_boundary_point_always_gives_the_same_grid() {
        var e = envelope("210231004004010");
        var first = unitAt(e.getMaxY(), e.getMaxX());
        for (int i = 0; i < 100; i++) {
            assertThat(unitAt(e.getMaxY(), e.getMaxX())).isEqualTo(first);
        }
    }

    @Test
    void points_on_the_district_outline_are_inside() {
        var district = grids.geometryOf("210231").orElseThrow().getEnvelopeInternal();
        assertThat(unitAt(district.getMaxY(), district.getMinX())).isEqualTo("210231001001001");
        assertThat(unitAt(district.getMinY(), district.getMaxX())).startsWith("210231004004");
    }

    @Test
    void points_outside_every_grid_are_unprocessable() {
        var district = grids.geometryOf("210231").orElseThrow().getEnvelopeInternal();
        for (double[] p : new double[][] { { district.getMaxY() + 0.00001, district.centre().x },
                { district.centre().y, district.getMaxX() + 0.00001 }, { 39.9042, 116.4074 }, { 0, 0 } }) {
            assertThatThrownBy(() -> locator.locate(p[0], p[1])).isInstanceOfSatisfying(UrbanGridException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                assertThat(e.messageKey()).isEqualTo("error.grid.outside");
            });
        }
    }

    @Test
    void latitude_or_longitude_out_of_range_is_a_bad_request() {
        for (double[] p : new double[][] { { 90.5, 121.5 }, { -91, 121.5 }, { 38.88, 180.01 }, { 38.88, -200 },
                { Double.NaN, 121.5 } }) {
            assertThatThrownBy(() -> locator.locate(p[0], p[1])).isInstanceOfSatisfying(UrbanGridException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(e.messageKey()).isEqualTo("error.grid.bad-position");
            });
        }
    }

    @Test
    void locator_sees_unit_grids_imported_after_startup() {
        var d = TestGeoJson.freshDistrict();
        assertThatThrownBy(() -> locator.locate(d.south() + 0.0005, d.west() + 0.0005)).isInstanceOf(UrbanGridException.class);
        grids.importGeoJson(TestGeoJson.whole(d).build());
        assertThat(locator.locate(d.south() + 0.0005, d.west() + 0.0005).unitGridCode()).isEqualTo(d.unit(3));
    }

    private Envelope envelope(String code) {
        return grids.geometryOf(code).orElseThrow().getEnvelopeInternal();
    }

    private String unitAt(double latitude, double longitude) {
        return locator.locate(latitude, longitude).unitGridCode();
    }
}
