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
    void dispatcher_sees_dispatch_form_with_the_suggested_department_and_the_handler_does_not() {
        var c = cases.pendingDispatch();
        var dispatcher = mvc.get().uri("/console/cases/{id}", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(dispatcher).hasStatusOk().bodyText().contains("id=\"move-DISPATCH\"", "id=\"dispatch-department\"",
                "建议派遣", "市政公用服务中心").doesNotContain("id=\"move-FILE\"");
        var handler = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(handler.getResponse().getStatus()).isIn(200, 404);
        assertThat(handler).bodyText().doesNotContain("id=\"move-DISPATCH\"");
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

    static String flashOf(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return (String) result.getMvcResult().getFlashMap().get("flash");
    }
}
