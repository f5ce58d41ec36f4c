package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Reading grids, exporting and locating through the API, on the demo district. */
class GridApiTest extends IntegrationTest {

    private static final String USER = GridTestSupport.INSPECTOR;

    @Autowired
    Grids grids;
    @Autowired
    DemoGrids demo;
    @Autowired
    Organization organization;

    @BeforeEach
    void setUp() {
        GridTestSupport.ensureDemo(grids, demo);
        GridTestSupport.ensureUsers(organization);
    }

    @Test
    void locate_returns_the_grid_codes_and_names() {
        var inside = grids.centroidOf("210231001001012");
        var result = api.get(USER, "/api/grids/locate?lat={lat}&lng={lng}", inside.latitude(), inside.longitude());
        assertThat(result).hasStatusOk();
        assertThat(Api.<String>read(result, "$.unitGridCode")).isEqualTo("210231001001012");
        assertThat(Api.<String>read(result, "$.unitGridName")).isEqualTo("凌水社区第12网格");
        assertThat(Api.<String>read(result, "$.communityName")).isEqualTo("凌水社区");
        assertThat(Api.<String>read(result, "$.streetName")).isEqualTo("凌水街道");
        assertThat(Api.<String>read(result, "$.districtName")).isEqualTo("大连高新技术产业园区");
    }

    @Test
    void locate_outside_is_422_and_out_of_range_is_400() {
        var outside = api.get(USER, "/api/grids/locate?lat=39.9042&lng=116.4074");
        assertThat(outside).hasStatus(422);
        assertThat(Api.<String>read(outside, "$.code")).isEqualTo("error.grid.outside");
        assertThat(Api.<String>read(outside, "$.detail")).contains("39.9042");
        var range = api.get(USER, "/api/grids/locate?lat=95&lng=121.5");
        assertThat(range).hasStatus(400);
        assertThat(Api.<String>read(range, "$.code")).isEqualTo("error.grid.bad-position");
        assertThat(api.get(USER, "/api/grids/locate?lat=abc&lng=121.5")).hasStatus(400);
        assertThat(api.get(USER, "/api/grids/locate?lat=38.88")).hasStatus(400);
    }

    @Test
    void one_grid_is_a_geojson_feature() {
        var result = api.get(USER, "/api/grids/210231001");
        assertThat(result).hasStatusOk();
        assertThat(Api.<String>read(result, "$.type")).isEqualTo("Feature");
        assertThat(Api.<String>read(result, "$.properties.name")).isEqualTo("凌水街道");
        assertThat(Api.<String>read(result, "$.properties.level")).isEqualTo("street");
        assertThat(Api.<String>read(result, "$.properties.parentCode")).isEqualTo("210231");
        assertThat(Api.<String>read(result, "$.geometry.type")).isEqualTo("Polygon");
        assertThat(api.get(USER, "/api/grids/210231999")).hasStatus(404);
        assertThat(api.get(USER, "/api/grids/12ab")).hasStatus(400);
    }

    @Test
    void grids_are_listed_by_level_and_parent() {
        var streets = api.get(USER, "/api/grids?level=street&parent=210231");
        assertThat(Api.<List<String>>read(streets, "$[*].name")).containsExactly("凌水街道", "龙王塘街道", "软件园地区", "七贤岭地区");
        var units = api.get(USER, "/api/grids?parent=210231003001");
        assertThat(Api.<List<String>>read(units, "$[*].level")).hasSize(77).containsOnly("unit");
        assertThat(Api.<List<String>>read(api.get(USER, "/api/grids"), "$[*].code")).contains("210231");
        assertThat(api.get(USER, "/api/grids?level=block")).hasStatus(400);
    }

    @Test
    void export_of_a_community_holds_it_and_its_unit_grids() {
        var result = api.get(USER, "/api/grids/export?code=210231001001");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(Api.<String>read(result, "$.type")).isEqualTo("FeatureCollection");
        List<String> codes = Api.read(result, "$.features[*].properties.code");
        assertThat(codes).hasSize(64).startsWith("210231001001", "210231001001001");
    }

    @Test
    void export_of_everything_holds_the_whole_demo_district() {
        var result = api.get(USER, "/api/grids/export");
        List<String> codes = Api.read(result, "$.features[*].properties.code");
        assertThat(codes.stream().filter(code -> code.startsWith("210231"))).hasSize(1 + 4 + 16 + 1120);
        assertThat(api.get(USER, "/api/grids/export?code=999999")).hasStatus(404);
    }

    @Test
    void exported_street_imports_back_replacing_every_grid() {
        var exported = Api.body(api.get(USER, "/api/grids/export?code=210231002"));
        var result = api.post(GridTestSupport.ADMIN, "/api/grids/import", exported);
        assertThat(result).hasStatusOk();
        assertThat(Api.<Integer>read(result, "$.replaced")).isEqualTo(1 + 4 + 280);
        assertThat(Api.<Integer>read(result, "$.imported")).isZero();
        assertThat(Api.body(api.get(USER, "/api/grids/export?code=210231002"))).isEqualTo(exported);
    }
}
