package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * {@code POST /api/admin/map/base}: a city's GeoJSON (OpenStreetMap tags or our own properties) replaces the base
 * map and the gazetteer entries derived from it, all or nothing, administrators only, audited. Each test that
 * replaced it puts the demo base map back.
 */
class BaseMapImportApiTest extends IntegrationTest {

    /** An OpenStreetMap extract as osmtogeojson writes it (tags in the properties; one feature under "tags"). */
    static final String OSM = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"highway":"primary","name":"测试大街","name:en":"Ceshi Ave"},
              "geometry":{"type":"LineString","coordinates":[[121.500,38.890],[121.520,38.890]]}},
             {"type":"Feature","properties":{"highway":"residential","name":"测试小巷"},
              "geometry":{"type":"LineString","coordinates":[[121.505,38.885],[121.505,38.895]]}},
             {"type":"Feature","properties":{"highway":"service"},
              "geometry":{"type":"LineString","coordinates":[[121.51,38.884],[121.512,38.884]]}},
             {"type":"Feature","properties":{"waterway":"river","name":"测试河"},
              "geometry":{"type":"LineString","coordinates":[[121.497,38.899],[121.498,38.880]]}},
             {"type":"Feature","properties":{"natural":"water"},
              "geometry":{"type":"Polygon","coordinates":[[[121.52,38.880],[121.53,38.880],[121.53,38.885],[121.52,38.880]]]}},
             {"type":"Feature","properties":{"tags":{"leisure":"park","name":"测试公园","name:en":"Ceshi Park"}},
              "geometry":{"type":"Polygon","coordinates":[[[121.51,38.891],[121.515,38.891],[121.515,38.894],[121.51,38.894],[121.51,38.891]]]}},
             {"type":"Feature","properties":{"building":"yes"},
              "geometry":{"type":"Polygon","coordinates":[[[121.501,38.891],[121.502,38.891],[121.502,38.892],[121.501,38.892],[121.501,38.891]]]}},
             {"type":"Feature","properties":{"amenity":"hospital","name":"测试医院","name:en":"Ceshi Hospital"},
              "geometry":{"type":"Point","coordinates":[121.508,38.888]}},
             {"type":"Feature","properties":{"amenity":"school","name":"测试学校"},
              "geometry":{"type":"Polygon","coordinates":[[[121.516,38.886],[121.518,38.886],[121.518,38.887],[121.516,38.887],[121.516,38.886]]]}},
             {"type":"Feature","properties":{"amenity":"bench"},
              "geometry":{"type":"Point","coordinates":[121.509,38.889]}},
             {"type":"Feature","properties":{"power":"line"},
              "geometry":{"type":"LineString","coordinates":[[121.50,38.88],[121.51,38.88]]}}
            ]}""";

    @Autowired
    Grids grids;
    @Autowired
    DemoGrids demo;
    @Autowired
    BaseMap baseMap;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    AuditLog audit;
    @Autowired
    Organization organization;

    long demoVersion;

    @BeforeEach
    void setUp() {
        GridTestSupport.ensureDemo(grids, demo);
        GridTestSupport.ensureUsers(organization);
        demoVersion = baseMap.version();
    }

    @AfterEach
    void restoreDemo() {
        if (baseMap.version() != demoVersion) {
            demo.loadBaseMap();
        }
    }

    @Test
    void openstreetmap_features_are_mapped_to_kinds_and_replace_the_base_map() {
        var result = api.post(GridTestSupport.ADMIN, "/api/admin/map/base", OSM);
        assertThat(result).hasStatusOk();
        assertThat(Api.<Integer>read(result, "$.imported")).isEqualTo(9);
        assertThat(Api.<Map<String, Integer>>read(result, "$.byKind"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("road", 3, "water", 2, "green", 1, "block", 1, "place", 2));
        assertThat(Api.<Integer>read(result, "$.skipped")).isEqualTo(2);
        assertThat(Api.<Integer>read(result, "$.version")).isGreaterThan((int) demoVersion);

        var view = api.get(GridTestSupport.INSPECTOR, "/api/map/base?bbox=121.49,38.87,121.54,38.90&zoom=18");
        List<Map<String, Object>> properties = Api.read(view, "$.features[*].properties");
        assertThat(properties).extracting(p -> p.get("name")).doesNotContain("黄浦路", "数码广场");
        assertThat(properties).filteredOn(p -> "测试大街".equals(p.get("name"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("rank", 1).containsEntry("nameEn", "Ceshi Ave").containsEntry("minZoom", 11));
        assertThat(properties).filteredOn(p -> "测试小巷".equals(p.get("name"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("rank", 3).containsEntry("kind", "road"));
        assertThat(properties).filteredOn(p -> "测试医院".equals(p.get("name"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("rank", 1).containsEntry("kind", "place"));
        List<String> schoolGeometry = Api.read(view, "$.features[?(@.properties.name == '测试学校')].geometry.type");
        assertThat(schoolGeometry).containsExactly("Point");
    }

    @Test
    void gazetteer_roads_and_places_come_from_the_imported_base_map() {
        assertThat(gazetteer.search("黄浦路", 1)).isNotEmpty();
        assertThat(api.post(GridTestSupport.ADMIN, "/api/admin/map/base", OSM)).hasStatusOk();

        assertThat(gazetteer.search("黄浦路", 1)).isEmpty();
        var road = gazetteer.search("测试大街", 5);
        assertThat(road).singleElement().satisfies(place -> {
            assertThat(place.kind()).isEqualTo(PlaceKind.ROAD);
            assertThat(place.latitude()).isEqualTo(38.89);
        });
        assertThat(gazetteer.search("测试", 10)).extracting(Place::name)
                .contains("测试大街", "测试小巷", "测试河", "测试公园", "测试医院", "测试学校");
        // a road is found all along its length, not only at its middle
        assertThat(gazetteer.nearest(38.8901, 121.5005)).map(Place::name).contains("测试大街");
    }

    @Test
    void import_is_audited() {
        var file = new MockMultipartFile("file", "dalian-osm.geojson", "application/geo+json", OSM.getBytes(StandardCharsets.UTF_8));
        var result = mvc.post().uri("/api/admin/map/base").multipart().file(file)
                .header("Authorization", "Bearer " + api.token(GridTestSupport.ADMIN)).exchange();
        assertThat(result).hasStatusOk();
        var entry = audit.page("basemap", null, 1).entries().get(0);
        assertThat(entry.action()).isEqualTo("import-geojson");
        assertThat(entry.subject()).isEqualTo("dalian-osm.geojson");
        assertThat(entry.actorName()).isEqualTo(GridTestSupport.ADMIN);
        assertThat(entry.after()).contains("\"road\":3");
    }

    @Test
    void only_administrators_import() {
        assertThat(api.post(GridTestSupport.INSPECTOR, "/api/admin/map/base", OSM)).hasStatus(403);
        var file = new MockMultipartFile("file", "x.geojson", "application/geo+json", OSM.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/api/admin/map/base").multipart().file(file)
                .header("Authorization", "Bearer " + api.token(GridTestSupport.INSPECTOR)).exchange()).hasStatus(403);
        assertThat(api.post(GridTestSupport.INSPECTOR, "/api/admin/map/base", "not json")).hasStatus(403);
        assertThat(baseMap.version()).isEqualTo(demoVersion);
        assertThat(gazetteer.search("测试大街", 1)).isEmpty();
    }

    @Test
    void one_bad_feature_refuses_the_whole_file_with_a_report_per_feature() {
        var counts = baseMap.counts();
        var bad = OSM.replace("\"features\":[", "\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"road\",\"name\":\"点路\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.5,38.89]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"place\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.5,38.89]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"river\",\"name\":\"错类\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.5,38.89]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"place\",\"name\":\"越界\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[38.89,121.5]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"green\",\"name\":\"蝴蝶\",\"rank\":7},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121.50,38.88],[121.51,38.89],[121.51,38.88],[121.50,38.89],[121.50,38.88]]]}},");
        var result = api.post(GridTestSupport.ADMIN, "/api/admin/map/base", bad);

        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.map.import.rejected");
        assertThat(Api.<List<Integer>>read(result, "$.errors[*].index")).containsExactly(0, 1, 2, 3, 4, 4);
        assertThat(Api.<List<String>>read(result, "$.errors[*].key")).containsExactly("error.map.import.geometry-type",
                "error.map.import.place-name", "error.map.import.kind", "error.map.import.geometry-unreadable",
                "error.map.import.geometry-invalid", "error.map.import.rank");
        assertThat(Api.<String>read(result, "$.detail")).contains("5", "16");
        assertThat(baseMap.version()).isEqualTo(demoVersion);
        assertThat(baseMap.counts()).isEqualTo(counts);
        assertThat(gazetteer.search("黄浦路", 1)).isNotEmpty();
        assertThat(gazetteer.search("测试大街", 1)).isEmpty();
    }

    @Test
    void a_file_that_is_no_feature_collection_or_has_no_base_map_feature_changes_nothing() {
        for (var body : List.of("not json", "{\"type\":\"Feature\"}", "{\"type\":\"FeatureCollection\",\"features\":[]}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"power\":\"line\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.5,38.89]}}]}")) {
            var result = api.post(GridTestSupport.ADMIN, "/api/admin/map/base", body);
            assertThat(result).hasStatus(400);
            assertThat(Api.<String>read(result, "$.field")).isEqualTo("file");
        }
        assertThat(baseMap.version()).isEqualTo(demoVersion);
    }
}
