package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

class CasePageTest extends IntegrationTest {

    @Autowired
    Grids grids;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    @Test
    void case_page_shows_header_deadline_map_history_and_photos() {
        var c = cases.reported();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains(c.number(), "待受理", "监督员上报", "暴露垃圾", "流转记录",
                "id=\"case-map\"", "data-grid=\"210231001002005\"", "/console/photos/", "处置前", "处置后",
                "id=\"deadline\"");
    }

    @Test
    void a_missing_cover_shows_the_made_safe_clock_beside_the_fix_clock_until_it_is_made_safe() {
        var c = cases.dispatchedManhole();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"first-step\"", "先期处置(安全防护)", "id=\"first-step-due\"",
                "id=\"deadline\"", "id=\"case-safe-limit\"", "3 自然小时", "id=\"case-handling-limit\"", "6 自然小时",
                "id=\"move-REPORT_MADE_SAFE\"", "id=\"move-REPORT_HANDLED\"", "防护措施(必填");
        cases.move("handler", c, "report-made-safe", "{\"comment\":\"已设置围挡\",\"photoIds\":[\"" + cases.photo("handler") + "\"]}");
        var after = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(after).hasStatusOk().bodyText().contains("id=\"case-made-safe\"", "完成安全防护", "id=\"deadline\"",
                "id=\"move-REPORT_HANDLED\"").doesNotContain("id=\"first-step\"", "id=\"move-REPORT_MADE_SAFE\"");
        var english = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(english).hasStatusOk().bodyText().contains("Made-safe limit", "3 natural hours", "made safe at");
    }

    @Test
    void dispatcher_sees_dispatch_form_with_the_suggested_department_and_the_handler_does_not() {
        var c = cases.pendingDispatch();
        var dispatcher = mvc.get().uri("/console/cases/{id}", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(dispatcher).hasStatusOk().bodyText().contains("id=\"move-DISPATCH\"", "id=\"dispatch-department\"",
                "建议派遣", "市政公用服务中心").doesNotContain("id=\"move-FILE\"");
        var handler = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        // Not yet dispatched to the handler's department: outside the handler's scope, so not found at all.
        assertThat(handler).hasStatus(404).bodyText().contains("id=\"error-message\"").doesNotContain(c.number(),
                "id=\"move-DISPATCH\"");
    }

    @Test
    void dispatching_through_the_form_moves_the_case_and_says_where_it_went() {
        var c = cases.pendingDispatch();
        var result = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", c.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).param("comment", "请尽快处理").exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/console/cases/" + c.id());
        assertThat(flashOf(result)).startsWith("已派遣至").contains("市政公用服务中心");
        assertThat(cases.status(c)).isEqualTo("DISPATCHED");
    }

    @Test
    void a_refused_move_shows_the_reason_and_changes_nothing() {
        var c = cases.pendingFiling();
        var result = mvc.post().uri("/console/cases/{id}/moves/REFUSE", c.id()).with(as("shiftleader", "SHIFT_LEADER"))
                .with(csrf()).param("comment", "").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat((String) result.getMvcResult().getFlashMap().get("error")).contains("原因");
        assertThat(cases.status(c)).isEqualTo("PENDING_FILING");
    }

    @Test
    void a_move_without_csrf_token_is_refused() {
        var c = cases.pendingDispatch();
        var result = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(result).hasStatus(403);
        assertThat(cases.status(c)).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void handler_reports_handled_with_a_photo_upload() {
        var c = cases.dispatched();
        var result = mvc.post().uri("/console/cases/{id}/moves/REPORT_HANDLED", c.id()).multipart()
                .file(new MockMultipartFile("photos", "after.png", "image/png", DeskCases.PNG))
                .param("comment", "已清运完毕").with(as("handler", "HANDLER")).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(flashOf(result)).contains("已反馈处置结果");
        assertThat(cases.status(c)).isEqualTo("HANDLED");
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).bodyText().contains("已清运完毕", "id=\"move-SEND_TO_CHECK\"");
    }

    @Test
    void unknown_case_shows_a_friendly_page() {
        var page = mvc.get().uri("/console/cases/999999999").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatus(404).bodyText().contains("无法完成", "不存在", "id=\"error-message\"");
    }

    @Test
    void operator_sees_send_to_verify_with_the_grid_inspectors_and_accept_but_not_file() {
        var c = cases.reported();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"move-SEND_TO_VERIFY\"", "id=\"inspector-SEND_TO_VERIFY\"",
                "id=\"move-ACCEPT\"", "id=\"move-REQUEST_CANCEL\"").doesNotContain("id=\"move-FILE\"", "id=\"move-DISPATCH\"");
    }

    @Test
    void shift_leader_sees_file_with_the_routing_suggestion_and_refuse_asks_for_confirmation() {
        var c = cases.pendingFiling();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("shiftleader", "SHIFT_LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"move-FILE\"", "id=\"file-suggestion\"", "市政公用服务中心",
                "id=\"move-REFUSE\"", "data-confirm=\"确定不予立案吗", "id=\"file-condition\"")
                .doesNotContain("id=\"move-DISPATCH\"", "id=\"move-ACCEPT\"");
    }

    @Test
    void filing_through_the_form_sends_the_case_to_dispatch() {
        var c = cases.pendingFiling();
        var result = mvc.post().uri("/console/cases/{id}/moves/FILE", c.id()).with(as("shiftleader", "SHIFT_LEADER"))
                .with(csrf()).param("conditionCode", "E0102-01").param("comment", "属实,立案").exchange();
        assertThat(flashOf(result)).contains("已立案");
        assertThat(cases.status(c)).isEqualTo("PENDING_DISPATCH");
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("shiftleader", "SHIFT_LEADER")).exchange();
        assertThat(page).bodyText().contains("data-move=\"FILE\"", "属实,立案", "id=\"no-moves\"");
    }

    @Test
    void handler_asks_for_an_extension_and_the_dispatcher_approves_it_with_one_click() {
        var c = cases.dispatched();
        var handlerPage = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(handlerPage).bodyText().contains("id=\"move-REPORT_HANDLED\"", "id=\"move-REQUEST_EXTENSION\"",
                "id=\"move-REQUEST_RETURN\"", "id=\"move-REQUEST_SUSPENSION\"").doesNotContain("id=\"move-APPROVE_REQUEST\"");
        var asked = mvc.post().uri("/console/cases/{id}/moves/REQUEST_EXTENSION", c.id()).with(as("handler", "HANDLER"))
                .with(csrf()).param("amount", "2").param("unit", "WORK_HOURS").param("comment", "需要调用吊车").exchange();
        assertThat(flashOf(asked)).contains("延期申请");
        var dispatcherPage = mvc.get().uri("/console/cases/{id}", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(dispatcherPage).bodyText().contains("id=\"move-APPROVE_REQUEST\"", "id=\"move-REFUSE_REQUEST\"", "需要调用吊车");
        var approved = mvc.post().uri("/console/cases/{id}/moves/APPROVE_REQUEST", c.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).param("comment", "同意").exchange();
        assertThat(flashOf(approved)).contains("已批准");
        assertThat(mvc.get().uri("/console/cases/{id}", c.id()).with(as("dispatcher", "DISPATCHER")).exchange())
                .bodyText().doesNotContain("id=\"move-APPROVE_REQUEST\"");
    }

    @Test
    void leader_may_only_urge_and_urging_is_recorded() {
        var c = cases.dispatched();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("leader", "LEADER")).exchange();
        assertThat(page).bodyText().contains("id=\"move-URGE\"").doesNotContain("id=\"move-DISPATCH\"", "id=\"move-REPORT_HANDLED\"");
        var urged = mvc.post().uri("/console/cases/{id}/moves/URGE", c.id()).with(as("leader", "LEADER")).with(csrf())
                .param("comment", "请今天内处理完毕").param("answerDue", "2026-11-26").exchange();
        assertThat(flashOf(urged)).contains("督办");
        assertThat(mvc.get().uri("/console/cases/{id}", c.id()).with(as("leader", "LEADER")).exchange())
                .bodyText().contains("请今天内处理完毕", "data-move=\"URGE\"");
    }

    @Test
    void a_stale_form_is_refused_with_a_message() {
        var c = cases.pendingDispatch();
        var result = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", c.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).param("version", "0").exchange();
        assertThat((String) result.getMvcResult().getFlashMap().get("error")).contains("已被更新");
        assertThat(cases.status(c)).isEqualTo("PENDING_DISPATCH");
    }

    @Test
    void case_page_speaks_english_on_request() {
        var c = cases.pendingDispatch();
        var page = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Waiting for dispatch", "What you can do now", "History");
    }

    static String flashOf(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return (String) result.getMvcResult().getFlashMap().get("flash");
    }
}
