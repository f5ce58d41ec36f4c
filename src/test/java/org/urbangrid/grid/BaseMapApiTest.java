package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** {@code GET /api/map/base}: the demo base map by view and zoom, its problems and its caching. */
class BaseMapApiTest extends IntegrationTest {

    /** The whole demo district with its margin. */
    static final String DISTRICT_BBOX = "121.48,38.86,121.56,38.91";

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
    void demo_base_map_has_every_kind_with_exactly_the_agreed_properties() {
        var result = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom=18", DISTRICT_BBOX);
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(Api.<String>read(result, "$.type")).isEqualTo("FeatureCollection");
        List<Map<String, Object>> properties = Api.read(result, "$.features[*].properties");
        assertThat(properties).extracting(p -> p.get("kind")).contains("road", "water", "green", "block", "place");
        assertThat(properties).allSatisfy(p -> assertThat(p).containsOnlyKeys("kind", "name", "nameEn", "rank", "minZoom"));
        assertThat(properties).filteredOn(p -> "黄浦路".equals(p.get("name")))
                .singleElement().satisfies(p -> {
                    assertThat(p).containsEntry("kind", "road").containsEntry("nameEn", "Huangpu Rd").containsEntry("rank", 1);
                });
        List<String> roadTypes = Api.read(result, "$.features[?(@.properties.kind == 'road')].geometry.type");
        assertThat(roadTypes).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo("LineString"));
        List<String> placeTypes = Api.read(result, "$.features[?(@.properties.kind == 'place')].geometry.type");
        assertThat(placeTypes).hasSizeGreaterThan(15).allSatisfy(t -> assertThat(t).isEqualTo("Point"));
    }

    @Test
    void features_are_filtered_to_the_bounding_box() {
        // a box around 数码广场 in 软件园地区, north-east of the district: nothing of the far south-west
        var result = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox=121.526,38.892,121.532,38.896&zoom=18");
        assertThat(result).hasStatusOk();
        List<String> names = Api.read(result, "$.features[*].properties.name");
        assertThat(names).contains("数码广场", "软件园路").doesNotContain("龙王塘水库", "塔河湾路", "黄泥川路");
        List<List<Double>> points = Api.read(result, "$.features[?(@.properties.kind == 'place')].geometry.coordinates");
        assertThat(points).allSatisfy(c -> {
            assertThat(c.get(0)).isBetween(121.526, 121.532);
            assertThat(c.get(1)).isBetween(38.892, 38.896);
        });
        var far = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox=100,20,100.1,20.1&zoom=18");
        assertThat(Api.<List<Object>>read(far, "$.features")).isEmpty();
    }

    @Test
    void features_are_filtered_to_those_shown_at_the_zoom() {
        var low = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom=11", DISTRICT_BBOX);
        List<Integer> lowZooms = Api.read(low, "$.features[*].properties.minZoom");
        List<String> lowKinds = Api.read(low, "$.features[*].properties.kind");
        assertThat(lowZooms).isNotEmpty().allSatisfy(z -> assertThat(z).isLessThanOrEqualTo(11));
        assertThat(lowKinds).contains("road", "water").doesNotContain("block");
        var high = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom=16", DISTRICT_BBOX);
        assertThat(Api.<List<Object>>read(high, "$.features").size()).isGreaterThan(lowZooms.size() + 100);
    }

    @Test
    void bad_bbox_or_zoom_is_a_problem_naming_the_field() {
        for (var bbox : List.of("1,2,3", "a,b,c,d", "121.5,38.9,121.4,39.0", "121,38,200,39", "121,38,122,NaN")) {
            var result = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom=14", bbox);
            assertThat(result).hasStatus(400);
            assertThat(Api.<String>read(result, "$.field")).isEqualTo("bbox");
            assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.map.bbox");
        }
        assertThat(Api.<String>read(api.get(GridTestSupport.INSPECTOR, "/api/map/base?zoom=14"), "$.field")).isEqualTo("bbox");
        for (var zoom : List.of("-1", "23", "x", "14.5")) {
            var result = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom={z}", DISTRICT_BBOX, zoom);
            assertThat(result).hasStatus(400);
            assertThat(Api.<String>read(result, "$.field")).isEqualTo("zoom");
        }
        var english = mvc.get().uri("/api/map/base?bbox=x&zoom=1").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + api.token(GridTestSupport.INSPECTOR)).exchange();
        assertThat(Api.<String>read(english, "$.detail")).contains("bbox", "minLng");
    }

    @Test
    void answer_is_cached_privately_and_revalidated_by_etag() {
        var first = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox={b}&zoom=14", DISTRICT_BBOX);
        var etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"basemap-");
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("private", "max-age=600");
        var again = mvc.get().uri("/api/map/base?bbox={b}&zoom=14", DISTRICT_BBOX).header("If-None-Match", etag)
                .header("Authorization", "Bearer " + api.token(GridTestSupport.INSPECTOR)).exchange();
        assertThat(again).hasStatus(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void base_map_needs_a_login() {
        assertThat(mvc.get().uri("/api/map/base?bbox={b}&zoom=14", DISTRICT_BBOX).exchange()).hasStatus(401);
    }
}
