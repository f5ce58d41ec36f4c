package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class IntakeAndMapTest extends IntegrationTest {

    @Autowired
    Grids grids;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    @Test
    void operator_intake_form_offers_hotline_sources_a_map_and_an_address_search() {
        var page = mvc.get().uri("/console/intake/new").with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("热线录入", "12345 市民热线", "12319 城建热线", "id=\"pick-map\"",
                "id=\"intake-address\"", "hx-get=\"/console/places\"", "id=\"intake-submit\"").doesNotContain("value=\"INSPECTOR\"");
    }

    @Test
    void intake_is_not_for_dispatchers() {
        assertThat(mvc.get().uri("/console/intake/new").with(as("dispatcher", "DISPATCHER")).exchange()).hasStatus(403);
    }

    @Test
    void a_complex_hotline_call_carries_the_15_working_day_promise() {
        var form = mvc.get().uri("/console/intake/new").with(as("operator", "OPERATOR")).exchange();
        assertThat(form).hasStatusOk().bodyText().contains("id=\"intake-complexity\"", "简单诉求(5 工作日)", "复杂诉求(15 工作日)");
        var point = grids.centroidOf(DeskCases.GRID);
        var result = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12345").param("description", "市民来电:小区道路多处破损")
                .param("complexity", "COMPLEX").param("conditionCode", "")
                .param("latitude", String.format(Locale.ROOT, "%.7f", point.latitude()))
                .param("longitude", String.format(Locale.ROOT, "%.7f", point.longitude())).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().startsWith("/console/cases/");
        var page = mvc.get().uri(result.getResponse().getRedirectedUrl()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"case-complexity\"", "复杂诉求", "id=\"case-handling-limit\"",
                "15 工作日");
        // A camera report sends no complexity, whatever the form's select says.
        var video = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "VIDEO").param("description", "视频发现:占道堆物").param("complexity", "SIMPLE")
                .param("latitude", String.format(Locale.ROOT, "%.7f", point.latitude()))
                .param("longitude", String.format(Locale.ROOT, "%.7f", point.longitude())).exchange();
        assertThat(video).hasStatus3xxRedirection();
        var videoPage = mvc.get().uri(video.getResponse().getRedirectedUrl()).with(as("operator", "OPERATOR")).exchange();
        assertThat(videoPage).hasStatusOk().bodyText().doesNotContain("id=\"case-complexity\"");
    }

    @Test
    void a_hotline_call_becomes_a_case_and_opens_its_page() {
        var point = grids.centroidOf(DeskCases.GRID);
        var result = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12345").param("description", "市民来电:路口垃圾桶满溢")
                .param("contact", "139****1234").param("conditionCode", "")
                .param("latitude", String.format(Locale.ROOT, "%.7f", point.latitude()))
                .param("longitude", String.format(Locale.ROOT, "%.7f", point.longitude())).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().startsWith("/console/cases/");
        assertThat(CasePageTest.flashOf(result)).contains("已录入", "待受理");
        var page = mvc.get().uri(result.getResponse().getRedirectedUrl()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("市民来电:路口垃圾桶满溢", "12345 市民热线", "id=\"move-SEND_TO_VERIFY\"");
    }

    @Test
    void intake_without_a_position_keeps_the_form_and_says_what_is_missing() {
        var result = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12319").param("description", "没有位置的来电").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("请在地图上点选位置", "没有位置的来电");
    }

    @Test
    void intake_outside_the_district_shows_the_grid_refusal() {
        var result = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12345").param("description", "北京来电").param("latitude", "39.9")
                .param("longitude", "116.4").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("class=\"flash error\"", "北京来电");
    }

    @Test
    void address_autocomplete_returns_gazetteer_places_as_buttons() {
        var fragment = mvc.get().uri("/console/places?address=黄浦").header("HX-Request", "true")
                .with(as("operator", "OPERATOR")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("黄浦路", "data-lat=", "id=\"place-results\"").doesNotContain("<html");
        var none = mvc.get().uri("/console/places?q=不存在的地名xyz").with(as("operator", "OPERATOR")).exchange();
        assertThat(none).hasStatusOk().bodyText().contains("没有找到地点");
    }

    @Test
    void condition_picker_finds_conditions_by_class_name() {
        var fragment = mvc.get().uri("/console/conditions?q=暴露垃圾").with(as("shiftleader", "SHIFT_LEADER")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("E0102-01", "<option").doesNotContain("<html");
    }

    @Test
    void grid_map_page_has_the_map_and_its_legend() {
        var page = mvc.get().uri("/console/map").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("网格地图", "id=\"grid-map\"", "id=\"map-legend\"",
                "/console/map/counts", "leaflet.js", "/js/map.js");
    }

    @Test
    void grid_geojson_comes_from_our_own_grids() {
        var all = mvc.get().uri("/console/map/geojson").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(all).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON).bodyText()
                .contains("FeatureCollection", "210231001002005");
        var community = mvc.get().uri("/console/map/geojson?code=210231001002").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(community).hasStatusOk().bodyText().contains("210231001002005").doesNotContain("210231002001001");
    }

    @Test
    void open_counts_by_grid_include_a_new_case() {
        cases.reported();
        var counts = mvc.get().uri("/console/map/counts").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(counts).hasStatusOk().bodyText().contains("\"210231001002005\":");
    }

    @Test
    void clicking_a_grid_lists_its_open_cases_or_says_there_are_none() {
        var c = cases.reported();
        var fragment = mvc.get().uri("/console/map/grids/210231001002005/cases").header("HX-Request", "true")
                .with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains(c.number(), "id=\"grid-case-list\"").doesNotContain("<html");
        var empty = mvc.get().uri("/console/map/grids/210231004004001/cases").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(empty).hasStatusOk().bodyText().contains("该网格没有在办案件");
    }

    @Test
    void server_sent_events_endpoint_answers_an_event_stream() {
        var result = mvc.get().uri("/console/events").with(as("dispatcher", "DISPATCHER"))
                .accept(MediaType.TEXT_EVENT_STREAM).asyncExchange();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(result.getMvcResult().getRequest().isAsyncStarted()).isTrue();
    }

    @Test
    void photos_stream_to_a_logged_in_browser_only() {
        var id = cases.photo("inspector");
        // before a move attaches it, only its uploader sees it
        assertThat(mvc.get().uri("/console/photos/{id}", id).with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/console/photos/{id}", id).with(as("inspector", "INSPECTOR")).exchange())
                .hasStatusOk();
        var report = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + cases.position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"路边暴露垃圾\",\"photoIds\":[\"" + id + "\"]}");
        assertThat(report).hasStatus(201);
        var photo = mvc.get().uri("/console/photos/{id}", id).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(photo).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
        // a handler of a department the case was never sent to may not see the case, nor its photo
        assertThat(mvc.get().uri("/console/photos/{id}", id).with(as("handler-szyl", "HANDLER")).exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri("/console/photos/{id}", id).exchange()).hasStatus3xxRedirection();
        // and nobody can attach it to a second case
        var again = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + cases.position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"再报一次\",\"photoIds\":[\"" + id + "\"]}");
        assertThat(again).hasStatus(400);
        assertThat(Api.<String>read(again, "$.code")).isEqualTo("error.photo.already-attached");
    }
}
