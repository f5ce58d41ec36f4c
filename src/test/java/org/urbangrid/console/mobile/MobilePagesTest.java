package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

class MobilePagesTest extends IntegrationTest {

    static final RequestPostProcessor INSPECTOR = user("inspector").roles("INSPECTOR");

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    MobileFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MobileFixtures(api, mvc, grids, organization);
    }

    @Test
    void task_list_shows_verify_and_check_tasks_as_cards_with_light_time_left_and_position() {
        long verify = fixtures.verifyTask();
        long check = fixtures.checkTask();
        var page = mvc.get().uri("/m").with(INSPECTOR).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("我的任务", "id=\"task-list\"", "data-case-id=\"" + verify + "\"", "data-case-id=\"" + check + "\"",
                        "核实", "核查", "暴露垃圾", "剩余", "data-lat=", "data-lng=", "id=\"geo-status\"", "id=\"outbox-count\"")
                .contains("light GREEN");
    }

    @Test
    void task_list_speaks_english_on_request() {
        assertThat(mvc.get().uri("/m?lang=en").with(INSPECTOR).exchange()).hasStatusOk().bodyText()
                .contains("My tasks", "New report", "Waiting to send:");
    }

    @Test
    void phone_pages_are_for_inspectors_only() {
        var dispatcher = user("dispatcher").roles("DISPATCHER");
        for (var uri : new String[] {"/m", "/m/report", "/m/classes?q=垃圾", "/m/area"}) {
            assertThat(mvc.get().uri(uri).with(dispatcher).exchange()).as(uri).hasStatus(403);
        }
        assertThat(mvc.get().uri("/m").with(dispatcher).exchange()).bodyText().contains("无法完成");
    }

    @Test
    void anonymous_visitors_go_to_the_login_page() {
        assertThat(mvc.get().uri("/m/report").exchange()).hasStatus3xxRedirection().redirectedUrl().contains("/login");
    }

    @Test
    void verify_task_page_offers_only_the_verify_moves_with_camera_inputs() {
        long id = fixtures.verifyTask();
        var page = mvc.get().uri("/m/cases/{id}", id).with(INSPECTOR).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("id=\"move-VERIFY_TRUE\"", "id=\"move-VERIFY_FALSE\"", "capture=\"environment\"",
                        "accept=\"image/*\"", "id=\"case-map\"", "/m/grids/", "核实属实", "data-confirm=")
                .doesNotContain("id=\"move-CHECK_PASS\"", "id=\"move-CHECK_FAIL\"");
    }

    @Test
    void check_task_page_shows_the_photos_and_only_the_check_moves() {
        long id = fixtures.checkTask();
        var page = mvc.get().uri("/m/cases/{id}", id).with(INSPECTOR).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("id=\"move-CHECK_PASS\"", "id=\"move-CHECK_FAIL\"", "/m/photos/", "处置反馈")
                .doesNotContain("id=\"move-VERIFY_TRUE\"");
    }

    @Test
    void a_case_with_nothing_for_the_inspector_to_do_shows_no_action() {
        var own = MobileFixtures.id(api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\","
                + MobileFixtures.position(fixtures.own()) + ",\"conditionCode\":\"E0102-01\",\"description\":\"垃圾\","
                + "\"photoIds\":[\"" + fixtures.photo("inspector") + "\"]}"));
        assertThat(mvc.get().uri("/m/cases/{id}", own).with(INSPECTOR).exchange()).hasStatusOk().bodyText()
                .contains("id=\"no-moves\"").doesNotContain("class=\"card stack m-move\"");
    }

    @Test
    void verifying_through_the_phone_form_files_the_photo_and_moves_the_case() {
        long id = fixtures.verifyTask();
        var result = mvc.post().uri("/m/cases/{id}/moves", id).multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", MobileFixtures.PNG))
                .param("move", "VERIFY_TRUE").param("comment", "现场确有垃圾").with(INSPECTOR).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/m");
        assertThat(result.getMvcResult().getFlashMap().get("flash")).asString().contains("核实属实");
        assertThat(fixtures.status(id)).isEqualTo("PENDING_FILING");
    }

    @Test
    void verify_true_without_a_photo_is_refused_with_a_message_and_nothing_changes() {
        long id = fixtures.verifyTask();
        var result = mvc.post().uri("/m/cases/{id}/moves", id).multipart()
                .param("move", "VERIFY_TRUE").with(INSPECTOR).with(csrf()).exchange();
        assertThat(result).redirectedUrl().isEqualTo("/m/cases/" + id);
        assertThat(result.getMvcResult().getFlashMap().get("error")).asString().contains("照片");
        assertThat(fixtures.status(id)).isEqualTo("VERIFYING");
    }

    @Test
    void failed_check_needs_a_reason_and_with_one_goes_back_for_rework() {
        long id = fixtures.checkTask();
        var bare = mvc.post().uri("/m/cases/{id}/moves", id).multipart().param("move", "CHECK_FAIL")
                .with(INSPECTOR).with(csrf()).exchange();
        assertThat(bare.getMvcResult().getFlashMap().get("error")).asString().contains("原因");
        assertThat(fixtures.status(id)).isEqualTo("CHECKING");
        var failed = mvc.post().uri("/m/cases/{id}/moves", id).multipart().param("move", "CHECK_FAIL")
                .param("comment", "垃圾仍未清理干净").with(INSPECTOR).with(csrf()).exchange();
        assertThat(failed).redirectedUrl().isEqualTo("/m");
        assertThat(fixtures.status(id)).isEqualTo("DISPATCHED");
    }

    @Test
    void check_pass_through_the_form_waits_for_closing() {
        long id = fixtures.checkTask();
        var result = mvc.post().uri("/m/cases/{id}/moves", id).multipart()
                .file(new MockMultipartFile("photo", "after.png", "image/png", MobileFixtures.PNG))
                .param("move", "CHECK_PASS").with(INSPECTOR).with(csrf()).exchange();
        assertThat(result).redirectedUrl().isEqualTo("/m");
        assertThat(fixtures.status(id)).isEqualTo("PENDING_CLOSE");
    }

    @Test
    void moves_of_the_desk_are_not_taken_from_the_phone() {
        long id = fixtures.verifyTask();
        var result = mvc.post().uri("/m/cases/{id}/moves", id).multipart().param("move", "CLOSE")
                .with(INSPECTOR).with(csrf()).exchange();
        assertThat(result).hasStatus(400).bodyText().contains("工作台");
    }

    @Test
    void a_move_without_csrf_token_is_refused() {
        long id = fixtures.verifyTask();
        var result = mvc.post().uri("/m/cases/{id}/moves", id).multipart().param("move", "VERIFY_FALSE")
                .with(INSPECTOR).exchange();
        assertThat(result).hasStatus(403);
        assertThat(fixtures.status(id)).isEqualTo("VERIFYING");
    }

    @Test
    void report_page_has_the_form_the_maps_the_picker_and_the_outbox() {
        assertThat(mvc.get().uri("/m/report").with(INSPECTOR).exchange()).hasStatusOk().bodyText()
                .contains("新上报", "id=\"report-form\"", "id=\"photo\"", "capture=\"environment\"", "id=\"report-map\"",
                        "/m/area", "id=\"use-gps\"", "id=\"condition-search\"", "hx-get=\"/m/classes\"", "id=\"description\"",
                        "id=\"on-spot\"", "当场处置", "id=\"send\"", "id=\"outbox\"", "id=\"outbox-count\"", "id=\"resend\"",
                        "/js/mobile.js", "leaflet.js");
    }

    @Test
    void class_search_fragment_lists_matching_classes_and_then_their_conditions() {
        var classes = mvc.get().uri("/m/classes").param("q", "垃圾").header("HX-Request", "true").with(INSPECTOR).exchange();
        assertThat(classes).hasStatusOk().bodyText().contains("data-class-code=\"E0102\"", "暴露垃圾", "hx-get=\"/m/conditions?classCode=E0102\"")
                .doesNotContain("<html");
        var conditions = mvc.get().uri("/m/conditions").param("classCode", "E0102").header("HX-Request", "true")
                .with(INSPECTOR).exchange();
        assertThat(conditions).hasStatusOk().bodyText().contains("data-condition-code=\"E0102-01\"", "处置时限");
        assertThat(mvc.get().uri("/m/classes").param("q", "没有这种东西").with(INSPECTOR).exchange()).bodyText()
                .contains("没有匹配的类别");
    }

    @Test
    void area_and_grid_come_as_geojson_for_the_maps() {
        var area = mvc.get().uri("/m/area").with(INSPECTOR).exchange();
        assertThat(area).hasStatusOk().bodyText().contains("FeatureCollection", MobileFixtures.OWN_GRID, "Polygon");
        var grid = mvc.get().uri("/m/grids/{code}", MobileFixtures.OWN_GRID).with(INSPECTOR).exchange();
        assertThat(grid).hasStatusOk().bodyText().contains("Feature", MobileFixtures.OWN_GRID);
    }

    @Test
    void locate_says_where_a_position_falls_and_whether_it_is_in_my_area() {
        var own = fixtures.own();
        var inside = mvc.get().uri("/m/locate").param("lat", "" + own.latitude()).param("lng", "" + own.longitude())
                .with(INSPECTOR).exchange();
        assertThat(inside).hasStatusOk().bodyJson().extractingPath("$.inArea").isEqualTo(true);
        assertThat(inside).bodyJson().extractingPath("$.unitGridCode").isEqualTo(MobileFixtures.OWN_GRID);
        assertThat(inside).bodyJson().extractingPath("$.address").asString().contains("凌水街道");
        var other = fixtures.elsewhere();
        var outside = mvc.get().uri("/m/locate").param("lat", "" + other.latitude()).param("lng", "" + other.longitude())
                .with(INSPECTOR).exchange();
        assertThat(outside).bodyJson().extractingPath("$.inArea").isEqualTo(false);
        assertThat(outside).bodyJson().extractingPath("$.message").asString().contains("不在您的责任区内");
        var nowhere = mvc.get().uri("/m/locate").param("lat", "10").param("lng", "10").with(INSPECTOR).exchange();
        assertThat(nowhere).bodyJson().extractingPath("$.inside").isEqualTo(false);
        assertThat(nowhere).bodyJson().extractingPath("$.message").asString().contains("不在本区任何单元网格内");
    }

    @Test
    void an_unknown_case_is_a_friendly_page_not_a_stack_trace() {
        assertThat(mvc.get().uri("/m/cases/{id}", 987654321).with(INSPECTOR).exchange()).hasStatus(404).bodyText()
                .contains("无法完成", "id=\"error-message\"");
    }

    @Test
    void case_photos_are_served_to_the_session() {
        var id = fixtures.photo("inspector");
        assertThat(mvc.get().uri("/m/photos/{id}", id).with(INSPECTOR).exchange()).hasStatusOk()
                .hasContentType("image/png");
    }
}
