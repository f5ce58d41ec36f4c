package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.catalog.ComponentFixtures.CSV_HEADER;
import static org.urbangrid.catalog.ComponentFixtures.OUTSIDE;
import static org.urbangrid.catalog.ComponentFixtures.csvRow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 部件 import through the API: CSV, GeoJSON and uploaded files, all or nothing. Serials 9xxxxx. */
class ComponentImportApiTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    DemoGrids demoGrids;

    @Autowired
    Organization organization;

    @Autowired
    Components components;

    @BeforeEach
    void fixtures() {
        CatalogUsers.ensure(organization);
        ComponentFixtures.ensure(grids, demoGrids, organization);
    }

    MvcTestResult importCsv(String user, String csv) {
        return mvc.post().uri("/api/components/import").header("Authorization", "Bearer " + api.token(user))
                .contentType("text/csv").content(csv).exchange();
    }

    MvcTestResult importGeoJson(String geoJson) {
        return mvc.post().uri("/api/components/import").header("Authorization", "Bearer " + api.token(CatalogUsers.ADMIN))
                .contentType("application/geo+json").content(geoJson).exchange();
    }

    LatLng inside(int n) {
        return grids.centroidOf(ComponentFixtures.unitGrid(grids, n));
    }

    @Test
    void csv_import_stores_every_row_in_the_unit_grid_of_its_position() {
        var grid = ComponentFixtures.unitGrid(grids, 10);
        var result = importCsv(CatalogUsers.ADMIN, CSV_HEADER
                + csvRow("2102310101900001", "C0101", grids.centroidOf(grid), "GS", "完好")
                + csvRow("2102310118900001", "C0118", inside(11), "CGJ", "DAMAGED"));
        assertThat(result).hasStatus(201);
        assertThat(Api.<Integer>read(result, "$.imported")).isEqualTo(2);
        var shown = api.get(CatalogUsers.OPERATOR, "/api/components/2102310101900001");
        assertThat(shown).hasStatusOk();
        assertThat(Api.<String>read(shown, "$.unitGridCode")).isEqualTo(grid);
        assertThat(Api.<String>read(shown, "$.ownerDepartment")).isEqualTo("GS");
        assertThat(Api.<String>read(shown, "$.className")).isEqualTo("上水井盖");
        assertThat(components.find("2102310118900001")).hasValueSatisfying(
                c -> assertThat(c.state()).isEqualTo(ComponentState.DAMAGED));
    }

    @Test
    void geojson_import_reads_point_features() {
        var at = inside(20);
        var result = importGeoJson("""
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[%s,%s]},
                 "properties":{"code":"2102310305900001","classCode":"C0305","name":"果皮箱","ownerDept":"HW",
                   "maintainerDept":"HW","state":"INTACT","material":"不锈钢","surveyDate":"2026-04-02"}}]}"""
                .formatted(at.longitude(), at.latitude()));
        assertThat(result).hasStatus(201);
        var shown = api.get(CatalogUsers.OPERATOR, "/api/components/2102310305900001");
        assertThat(Api.<String>read(shown, "$.name")).isEqualTo("果皮箱");
        assertThat(Api.<String>read(shown, "$.material")).isEqualTo("不锈钢");
        assertThat(Api.<String>read(shown, "$.surveyDate")).isEqualTo("2026-04-02");
    }

    @Test
    void an_uploaded_csv_file_is_imported() {
        var file = new MockMultipartFile("file", "井盖.csv", "text/csv", (CSV_HEADER
                + csvRow("2102310103900001", "C0103", inside(30), "SWJ", null)).getBytes(StandardCharsets.UTF_8));
        var result = mvc.post().uri("/api/components/import").multipart().file(file)
                .header("Authorization", "Bearer " + api.token(CatalogUsers.ADMIN)).exchange();
        assertThat(result).hasStatus(201);
        assertThat(components.find("2102310103900001")).isPresent();
    }

    @Test
    void an_uploaded_geojson_file_is_imported_and_other_files_are_refused() {
        var at = inside(31);
        var geoJson = new MockMultipartFile("file", "路灯.geojson", "application/octet-stream", """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[%s,%s]},
                 "properties":{"code":"2102310118900601","classCode":"C0118","ownerDept":"CGJ"}}]}"""
                .formatted(at.longitude(), at.latitude()).getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().uri("/api/components/import").multipart().file(geoJson)
                .header("Authorization", "Bearer " + api.token(CatalogUsers.ADMIN)).exchange()).hasStatus(201);
        assertThat(components.find("2102310118900601")).isPresent();
        var excel = new MockMultipartFile("file", "部件.xlsx", "application/vnd.ms-excel", new byte[] {1, 2, 3});
        var refused = mvc.post().uri("/api/components/import").multipart().file(excel)
                .header("Authorization", "Bearer " + api.token(CatalogUsers.ADMIN)).exchange();
        assertThat(refused).hasStatus(400);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.component.import-format");
    }

    @Test
    void every_bad_row_is_reported_in_one_problem_and_nothing_is_stored() {
        var result = importCsv(CatalogUsers.ADMIN, CSV_HEADER
                + csvRow("2102310101900101", "C0101", inside(40), "GS", null)          // good, but not stored
                + csvRow("21023101019001", "C0101", inside(40), "GS", null)            // bad code
                + csvRow("2102310102900102", "C0101", inside(40), "GS", null)          // class mismatch
                + csvRow("2102310177900103", "C0177", inside(40), "GS", null)          // unknown class
                + csvRow("2102310101900104", "C0101", inside(40), "NOBODY", null)      // unknown department
                + csvRow("2102310101900105", "C0101", OUTSIDE, "GS", null)             // outside every grid
                + csvRow("2102310101900101", "C0101", inside(41), "GS", null)          // duplicate in file
                + csvRow("2102310101900001", "C0101", inside(41), "GS", null));        // already stored (or bad)
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.component.import-rejected");
        List<Map<String, Object>> errors = Api.read(result, "$.errors");
        assertThat(errors).extracting(e -> e.get("row"), e -> e.get("code")).contains(
                org.assertj.core.groups.Tuple.tuple(3, "error.component.code-invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "error.component.class-mismatch"),
                org.assertj.core.groups.Tuple.tuple(5, "error.component.class-unknown"),
                org.assertj.core.groups.Tuple.tuple(6, "error.component.department-unknown"),
                org.assertj.core.groups.Tuple.tuple(7, "error.component.outside-grids"),
                org.assertj.core.groups.Tuple.tuple(8, "error.component.duplicate-in-file"));
        assertThat(errors).noneMatch(e -> Integer.valueOf(2).equals(e.get("row")));
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
        assertThat(components.find("2102310101900101")).isEmpty();
        assertThat(components.find("2102310101900104")).isEmpty();
    }

    @Test
    void a_code_already_in_the_register_is_refused() {
        assertThat(importCsv(CatalogUsers.ADMIN, CSV_HEADER + csvRow("2102310104900201", "C0104", inside(50), "SWJ", null)))
                .hasStatus(201);
        var again = importCsv(CatalogUsers.ADMIN, CSV_HEADER + csvRow("2102310104900201", "C0104", inside(51), "SWJ", null));
        assertThat(again).hasStatus(400);
        assertThat(Api.<List<String>>read(again, "$.errors[*].code")).containsExactly("error.component.duplicate-code");
        assertThat(components.find("2102310104900201")).hasValueSatisfying(
                c -> assertThat(c.unitGridCode()).isEqualTo(ComponentFixtures.unitGrid(grids, 50)));
    }

    @Test
    void geojson_errors_name_the_feature_in_english_when_asked() {
        var result = mvc.post().uri("/api/components/import").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + api.token(CatalogUsers.ADMIN)).contentType("application/geo+json")
                .content("""
                        {"type":"FeatureCollection","features":[{"type":"Feature",
                         "geometry":{"type":"Point","coordinates":[%s,%s]},
                         "properties":{"code":"2102310101900301","classCode":"C0101"}}]}"""
                        .formatted(OUTSIDE.longitude(), OUTSIDE.latitude())).exchange();
        assertThat(result).hasStatus(400);
        assertThat(Api.<Integer>read(result, "$.errors[0].feature")).isEqualTo(1);
        assertThat(Api.<String>read(result, "$.errors[0].message")).contains("outside every unit grid");
        assertThat(Api.<String>read(result, "$.detail")).startsWith("Import refused: 1 errors");
    }

    @Test
    void only_an_administrator_imports() {
        var result = importCsv(CatalogUsers.OPERATOR, CSV_HEADER + csvRow("2102310101900401", "C0101", inside(60), "GS", null));
        assertThat(result).hasStatus(403);
        assertThat(components.find("2102310101900401")).isEmpty();
    }

    @Test
    void an_unreadable_or_empty_file_is_a_clear_400() {
        assertThat(Api.<String>read(importCsv(CatalogUsers.ADMIN, "code,lat\n1,2\n"), "$.code"))
                .isEqualTo("error.component.csv-columns");
        assertThat(Api.<String>read(importCsv(CatalogUsers.ADMIN, CSV_HEADER), "$.code"))
                .isEqualTo("error.component.import-empty");
        assertThat(Api.<String>read(importGeoJson("[1,2"), "$.code")).isEqualTo("error.component.import-unreadable");
    }

    @Test
    void components_are_listed_by_grid_class_and_state_a_page_at_a_time() {
        var grid = ComponentFixtures.unitGrid(grids, 70);
        var at = grids.centroidOf(grid);
        assertThat(importCsv(CatalogUsers.ADMIN, CSV_HEADER
                + csvRow("2102310305900501", "C0305", at, "HW", null)
                + csvRow("2102310305900502", "C0305", at, "HW", "破损")
                + csvRow("2102310305900503", "C0305", at, "HW", null)
                + csvRow("2102310402900501", "C0402", at, "SZYL", null))).hasStatus(201);
        var page = api.get(CatalogUsers.OPERATOR, "/api/components?grid={g}&class=C0305&page=1&size=2", grid);
        assertThat(page).hasStatusOk();
        assertThat(Api.<Integer>read(page, "$.total")).isEqualTo(3);
        assertThat(Api.<List<String>>read(page, "$.items[*].code")).containsExactly("2102310305900503");
        var damaged = api.get(CatalogUsers.OPERATOR, "/api/components?grid={g}&state=DAMAGED", grid);
        assertThat(Api.<List<String>>read(damaged, "$.items[*].code")).containsExactly("2102310305900502");
        assertThat(api.get(CatalogUsers.OPERATOR, "/api/components?grid=abc")).hasStatus(400);
        assertThat(api.get(CatalogUsers.OPERATOR, "/api/components?size=5000")).hasStatus(400);
    }

    @Test
    void an_unknown_component_is_404() {
        var result = api.get(CatalogUsers.OPERATOR, "/api/components/2102310101999998");
        assertThat(result).hasStatus(404);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.component.not-found");
    }
}
