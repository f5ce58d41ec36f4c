package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Base-map storage that must hold on H2 and on PostgreSQL alike: selection by bounding box and zoom, replacement
 * all or nothing, names written back exactly. Each test replaces the base map and puts the demo one back after.
 */
abstract class BaseMapContract extends IntegrationTest {

    /** Far from the demo district (and outside China): three roads, a block, a place, a park, a lake. */
    static final String SMALL = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"kind":"road","name":"一号路","nameEn":"No. 1 Rd","rank":1},
              "geometry":{"type":"LineString","coordinates":[[10.000,10.000],[10.010,10.000]]}},
             {"type":"Feature","properties":{"kind":"road","name":"过境路","rank":2,"minZoom":13},
              "geometry":{"type":"LineString","coordinates":[[9.900,10.050],[10.100,10.050]]}},
             {"type":"Feature","properties":{"kind":"road","rank":3},
              "geometry":{"type":"MultiLineString","coordinates":[[[10.020,10.020],[10.021,10.021]],[[10.03,10.02],[10.031,10.02]]]}},
             {"type":"Feature","properties":{"kind":"block","name":"引号\\"楼\\\\ 🏢"},
              "geometry":{"type":"Polygon","coordinates":[[[10.020,10.000],[10.030,10.000],[10.030,10.010],[10.020,10.010],[10.020,10.000]]]}},
             {"type":"Feature","properties":{"kind":"place","name":"中心医院","nameEn":"Central Hospital","rank":1,"minZoom":10},
              "geometry":{"type":"Point","coordinates":[10.050,10.005]}},
             {"type":"Feature","properties":{"kind":"green","name":"小公园","minZoom":16},
              "geometry":{"type":"Polygon","coordinates":[[[10.001,10.001],[10.002,10.001],[10.002,10.002],[10.001,10.001]]]}},
             {"type":"Feature","properties":{"kind":"water","name":"小湖","rank":1},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[10.3,10.3],[10.4,10.3],[10.4,10.4],[10.3,10.3]]]]}}
            ]}""";

    @Autowired
    Grids grids;
    @Autowired
    DemoGrids demo;
    @Autowired
    BaseMap baseMap;

    @BeforeEach
    void replaceWithSmall() {
        GridTestSupport.ensureDemo(grids, demo);
        baseMap.importGeoJson(SMALL, "contract");
    }

    @AfterEach
    void restoreDemo() {
        demo.loadBaseMap();
    }

    @Test
    void view_selects_features_meeting_the_box_that_show_at_the_zoom() {
        assertThat(names(10.0, 9.99, 10.06, 10.06, 18)).containsExactlyInAnyOrder("一号路", "过境路", null, "引号\"楼\\ 🏢",
                "中心医院", "小公园");
        // defaults: a block of rank 3 from zoom 16, a branch road from 15, a trunk road from 11
        assertThat(names(10.0, 9.99, 10.06, 10.06, 15)).containsExactlyInAnyOrder("一号路", "过境路", null, "中心医院");
        assertThat(names(10.0, 9.99, 10.06, 10.06, 12)).containsExactlyInAnyOrder("一号路", "中心医院");
        assertThat(names(10.0, 9.99, 10.06, 10.06, 10)).containsExactly("中心医院");
        assertThat(names(10.015, 9.99, 10.035, 10.015, 18)).containsExactly("引号\"楼\\ 🏢");
        assertThat(names(20, 20, 21, 21, 18)).isEmpty();
    }

    @Test
    void a_line_crossing_the_view_without_a_vertex_in_it_is_found() {
        assertThat(names(10.04, 10.04, 10.045, 10.06, 14)).containsExactly("过境路");
    }

    @Test
    void features_come_in_drawing_order_with_their_properties() {
        var json = baseMap.geoJson(new BaseMap.View(9, 9, 11, 11, 18));
        List<String> kinds = JsonPath.read(json, "$.features[*].properties.kind");
        assertThat(kinds).containsExactly("water", "green", "block", "road", "road", "road", "place");
        List<Integer> ranks = JsonPath.read(json, "$.features[?(@.properties.kind == 'road')].properties.rank");
        assertThat(ranks).containsExactly(3, 2, 1);
        assertThat(JsonPath.<List<Integer>>read(json, "$.features[?(@.properties.name == '一号路')].properties.minZoom")).containsExactly(11);
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.name == '中心医院')].properties.nameEn"))
                .containsExactly("Central Hospital");
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.kind == 'water')].geometry.type"))
                .containsExactly("MultiPolygon");
        assertThat(baseMap.counts()).containsEntry("road", 3).containsEntry("water", 1).containsEntry("place", 1);
    }

    @Test
    void a_refused_file_leaves_the_stored_map_and_its_version_as_they_were() {
        long version = baseMap.version();
        var bad = SMALL.replace("\"rank\":1}", "\"rank\":0}");
        assertThatThrownBy(() -> baseMap.importGeoJson(bad, "bad")).isInstanceOf(UrbanGridException.class);
        assertThat(baseMap.version()).isEqualTo(version);
        assertThat(names(10.0, 9.99, 10.06, 10.06, 18)).hasSize(6);
    }

    @Test
    void every_replacement_raises_the_version() {
        long version = baseMap.version();
        var result = baseMap.importGeoJson(SMALL, "again");
        assertThat(result.version()).isEqualTo(version + 1);
        assertThat(baseMap.version()).isEqualTo(version + 1);
        assertThat(result.imported()).isEqualTo(7);
    }

    private List<String> names(double minLng, double minLat, double maxLng, double maxLat, int zoom) {
        return JsonPath.read(baseMap.geoJson(new BaseMap.View(minLng, minLat, maxLng, maxLat, zoom)), "$.features[*].properties.name");
    }
}
