package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Every import rule, through {@code POST /api/grids/import}: one report, nothing stored. */
class GridImportApiTest extends IntegrationTest {

    private static final double C = TestGeoJson.CELL;

    @Autowired
    Grids grids;
    @Autowired
    Organization organization;

    TestGeoJson.District d;

    @BeforeEach
    void setUp() {
        GridTestSupport.ensureUsers(organization);
        d = TestGeoJson.freshDistrict();
    }

    @Test
    void valid_file_is_imported_and_counted() {
        var result = importFile(TestGeoJson.whole(d).build());
        assertThat(result).hasStatusOk();
        assertThat(Api.<Integer>read(result, "$.imported")).isEqualTo(7);
        assertThat(grids.find(d.unit(4))).isPresent();
    }

    @Test
    void code_of_the_wrong_length_for_its_level_is_refused() {
        var file = new TestGeoJson().hierarchy(d).rect(d.community() + "01", "短编码", "unit", d.community(),
                d.south(), d.west(), d.south() + C, d.west() + C).build();
        assertRefused(file, 3, d.community() + "01", "error.grid.import.code-format");
    }

    @Test
    void code_not_prefixed_by_its_parent_is_refused() {
        var file = new TestGeoJson().hierarchy(d).rect(d.street() + "002001", "错父级", "unit", d.community(),
                d.south(), d.west(), d.south() + C, d.west() + C).build();
        assertRefused(file, 3, d.street() + "002001", "error.grid.import.parent-prefix");
    }

    @Test
    void parent_absent_from_file_and_database_is_refused() {
        var file = new TestGeoJson().unit(d, 1, 0, 0).build();
        assertRefused(file, 0, d.unit(1), "error.grid.import.parent-missing");
    }

    @Test
    void parent_already_in_the_database_is_enough() {
        assertThat(importFile(new TestGeoJson().hierarchy(d).build())).hasStatusOk();
        assertThat(importFile(new TestGeoJson().unit(d, 1, 0, 0).build())).hasStatusOk();
        assertThat(grids.find(d.unit(1))).isPresent();
    }

    @Test
    void self_intersecting_polygon_is_refused() {
        double s = d.south(), w = d.west();
        var file = new TestGeoJson().hierarchy(d).ring(d.unit(1), "蝴蝶", "unit", d.community(),
                new double[][] { { w, s }, { w + C, s + C }, { w + C, s }, { w, s + C }, { w, s } }).build();
        assertRefused(file, 3, d.unit(1), "error.grid.import.geometry-invalid");
    }

    @Test
    void geometry_that_is_not_a_polygon_is_refused() {
        var file = new TestGeoJson().hierarchy(d).raw(TestGeoJson.feature(d.unit(1), "点", "unit", d.community(),
                "{\"type\":\"Point\",\"coordinates\":[" + d.west() + "," + d.south() + "]}")).build();
        assertRefused(file, 3, d.unit(1), "error.grid.import.geometry-unreadable");
    }

    @Test
    void unit_grid_reaching_outside_its_community_is_refused() {
        var file = new TestGeoJson().hierarchy(d).rect(d.unit(1), "越界", "unit", d.community(),
                d.south() - C / 2, d.west(), d.south() + C / 2, d.west() + C).build();
        assertRefused(file, 3, d.unit(1), "error.grid.import.outside-parent");
    }

    @Test
    void a_sliver_beyond_the_community_within_tolerance_is_accepted() {
        var file = new TestGeoJson().hierarchy(d).rect(d.unit(1), "微差", "unit", d.community(),
                d.south() - 1e-9, d.west(), d.south() + C, d.west() + C).build();
        assertThat(importFile(file)).hasStatusOk();
    }

    @Test
    void overlapping_siblings_are_refused() {
        var file = new TestGeoJson().hierarchy(d).unit(d, 1, 0, 0).rect(d.unit(2), "重叠", "unit", d.community(),
                d.south(), d.west() + C / 2, d.south() + C, d.west() + 1.5 * C).build();
        var result = importFile(file);
        assertThat(result).hasStatus(400);
        assertThat(Api.<List<String>>read(result, "$.errors[*].key")).containsOnly("error.grid.import.overlap");
        assertThat(Api.<List<String>>read(result, "$.errors[*].code")).containsExactlyInAnyOrder(d.unit(1), d.unit(2));
    }

    @Test
    void overlap_with_a_stored_sibling_is_refused() {
        assertThat(importFile(TestGeoJson.whole(d).build())).hasStatusOk();
        var file = new TestGeoJson().rect(d.unit(5), "重叠已有", "unit", d.community(), d.south(), d.west(),
                d.south() + C, d.west() + C).build();
        assertRefused(file, 0, d.unit(5), "error.grid.import.overlap");
    }

    @Test
    void duplicate_codes_in_one_file_are_refused() {
        var file = new TestGeoJson().hierarchy(d).unit(d, 1, 0, 0).unit(d, 1, 1, 1).build();
        assertRefused(file, 4, d.unit(1), "error.grid.import.duplicate");
    }

    @Test
    void unknown_level_and_missing_name_are_refused() {
        var file = new TestGeoJson().hierarchy(d).rect(d.unit(1), null, "block", d.community(), d.south(), d.west(),
                d.south() + C, d.west() + C).build();
        var result = importFile(file);
        assertThat(result).hasStatus(400);
        assertThat(Api.<List<String>>read(result, "$.errors[*].key"))
                .containsExactly("error.grid.import.level", "error.grid.import.name");
    }

    @Test
    void one_report_names_every_bad_feature_and_nothing_is_imported() {
        var file = TestGeoJson.whole(d)
                .rect(d.community() + "1", "坏编码", "unit", d.community(), d.south(), d.west(), d.south() + C, d.west() + C)
                .raw(TestGeoJson.feature(d.unit(6), "无图形", "unit", d.community(), "null"))
                .unit(d, 2, 0, 0)
                .build();
        var result = importFile(file);

        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.grid.import.rejected");
        assertThat(Api.<List<Integer>>read(result, "$.errors[*].index")).containsExactly(7, 8, 9);
        assertThat(Api.<List<String>>read(result, "$.errors[*].code"))
                .containsExactly(d.community() + "1", d.unit(6), d.unit(2));
        assertThat(Api.<List<String>>read(result, "$.errors[*].message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(grids.find(d.code())).isEmpty();
        assertThat(grids.find(d.unit(1))).isEmpty();
    }

    @Test
    void report_is_in_english_when_asked() {
        var result = mvc.post().uri("/api/grids/import").header("Authorization", "Bearer " + api.token(GridTestSupport.ADMIN))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(new TestGeoJson().unit(d, 1, 0, 0).build()).exchange();
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.detail")).startsWith("1 of 1 features have errors");
        assertThat(Api.<String>read(result, "$.errors[0].message")).contains("neither in the file nor in the system");
    }

    @Test
    void text_that_is_not_a_feature_collection_is_refused() {
        assertThat(Api.<String>read(importFile("{\"type\":\"Feature\"}"), "$.code"))
                .isEqualTo("error.grid.import.not-feature-collection");
        assertThat(Api.<String>read(importFile("not json"), "$.code")).isEqualTo("error.grid.import.not-json");
        assertThat(Api.<String>read(importFile("{\"type\":\"FeatureCollection\",\"features\":[]}"), "$.code"))
                .isEqualTo("error.grid.import.empty");
    }

    @Test
    void only_an_administrator_may_import() {
        var file = TestGeoJson.whole(d).build();
        assertThat(api.post(GridTestSupport.INSPECTOR, "/api/grids/import", file)).hasStatus(403);
        assertThat(mvc.post().uri("/api/grids/import").contentType(MediaType.APPLICATION_JSON).content(file).exchange())
                .hasStatus(401);
        assertThat(grids.find(d.code())).isEmpty();
    }

    @Test
    void a_file_can_be_uploaded_as_multipart() {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "grids.geojson", "application/geo+json",
                TestGeoJson.whole(d).build().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var result = mvc.post().uri("/api/grids/import").multipart().file(file)
                .header("Authorization", "Bearer " + api.token(GridTestSupport.ADMIN)).exchange();
        assertThat(result).hasStatusOk();
        assertThat(grids.find(d.unit(3))).isPresent();
    }

    private MvcTestResult importFile(String geoJson) {
        return api.post(GridTestSupport.ADMIN, "/api/grids/import", geoJson);
    }

    private void assertRefused(String file, int index, String code, String key) {
        var result = importFile(file);
        assertThat(result).hasStatus(400);
        assertThat(Api.<List<Integer>>read(result, "$.errors[*].index")).contains(index);
        assertThat(Api.<List<String>>read(result, "$.errors[?(@.index == " + index + ")].code")).contains(code);
        assertThat(Api.<List<String>>read(result, "$.errors[?(@.index == " + index + ")].key")).contains(key);
        assertThat(grids.find(code)).isEmpty();
    }
}
