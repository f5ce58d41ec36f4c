package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

class AdminGridsPageTest extends IntegrationTest {

    /** Test districts 8xxxxx, far north of the demo district and of the grid module's 9xxxxx test districts. */
    private static final AtomicInteger NEXT = new AtomicInteger(1 + (int) (ProcessHandle.current().pid() % 900) * 10);

    @Autowired
    Grids grids;

    @Test
    void page_shows_the_map_the_street_tree_the_import_form_and_export_links() {
        var page = mvc.get().uri("/admin/grids").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"grid-map\"", "data-geojson=\"/admin/grids/geojson\"",
                "id=\"grid-tree\"", "凌水街道", "210231001", "210231001001", "id=\"grid-import-form\"",
                "/admin/grids/export?code=210231001", "id=\"export-all\"", "leaflet.js");
    }

    @Test
    void the_map_data_is_our_own_geojson() {
        var data = mvc.get().uri("/admin/grids/geojson").with(admin()).exchange();
        assertThat(data).hasStatusOk().hasContentType("application/geo+json").bodyText()
                .contains("FeatureCollection", "\"level\":\"street\"", "凌水街道");
    }

    @Test
    void one_street_exports_as_a_download() {
        var file = mvc.get().uri("/admin/grids/export?code=210231001").with(admin()).exchange();
        assertThat(file).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"grids-210231001.geojson\"")
                .bodyText().contains("210231001001").doesNotContain("\"210231002\"");
    }

    @Test
    void a_bad_file_shows_the_report_with_every_offending_feature_and_imports_nothing() {
        String district = district();
        String json = collection(rect(district, "坏数据区", "district", null, 0),
                rect(district + "001", "", "street", district, 0),
                rect(district + "0019", "错位社区", "community", district + "001", 0));
        var page = upload(json);
        assertThat(page).hasStatus(400).bodyText().contains("id=\"grid-import-report\"", "验证报告", "#1", "#2",
                "缺少名称", district + "0019", "未导入任何网格");
        assertThat(grids.find(district)).isEmpty();
    }

    @Test
    void a_good_file_shows_the_counts_and_a_second_import_replaces() {
        String district = district();
        String json = collection(rect(district, "测试区", "district", null, 0),
                rect(district + "001", "测试街道", "street", district, 0));
        assertThat(upload(json)).hasStatusOk().bodyText().contains("id=\"grid-import-result\"",
                "id=\"grid-import-imported\">2<", "id=\"grid-import-replaced\">0<", "导入成功");
        assertThat(grids.find(district + "001")).isPresent();
        assertThat(upload(json)).hasStatusOk().bodyText().contains("id=\"grid-import-imported\">0<",
                "id=\"grid-import-replaced\">2<");
    }

    @Test
    void an_empty_upload_is_refused_with_a_message() {
        var page = mvc.post().uri("/admin/grids/import").multipart()
                .file(new MockMultipartFile("file", "empty.geojson", "application/geo+json", new byte[0]))
                .with(admin()).with(csrf()).exchange();
        assertThat(page).hasStatus(400).bodyText().contains("请选择一个 GeoJSON 文件");
    }

    @Test
    void base_map_section_shows_its_counts_and_a_labelled_upload_form() {
        var page = mvc.get().uri("/admin/grids").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"basemap-import-form\"",
                "<label for=\"basemap-import-file\">底图文件(GeoJSON)</label>", "id=\"basemap-count-road\">22<",
                "action=\"/admin/grids/basemap\"");
    }

    @Test
    void a_bad_base_map_shows_its_report_and_changes_nothing() {
        var bad = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"road","name":"点状路"},
                 "geometry":{"type":"Point","coordinates":[121.5,38.89]}}]}""";
        var page = mvc.post().uri("/admin/grids/basemap").multipart()
                .file(new MockMultipartFile("file", "city.geojson", "application/geo+json", bad.getBytes(StandardCharsets.UTF_8)))
                .with(admin()).with(csrf()).exchange();
        assertThat(page).hasStatus(400).bodyText().contains("id=\"basemap-import-report\"", "#0", "点状路",
                "道路为线", "底图未作任何改动", "id=\"basemap-count-road\">22<");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult upload(String json) {
        return mvc.post().uri("/admin/grids/import").multipart()
                .file(new MockMultipartFile("file", "grids.geojson", "application/geo+json",
                        json.getBytes(StandardCharsets.UTF_8)))
                .with(admin()).with(csrf()).exchange();
    }

    private static String district() {
        return "8%05d".formatted(NEXT.getAndIncrement());
    }

    private String rect(String code, String name, String level, String parent, int shift) {
        int n = Integer.parseInt(code.substring(1, 6));
        double south = 50 + (n % 300) * 0.05;
        double west = 60 + (n / 300) * 0.05 + shift * 0.001;
        double north = south + 0.002;
        double east = west + 0.002;
        String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(west, south, east, south, east, north, west,
                north, west, south);
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\""
                + level + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
