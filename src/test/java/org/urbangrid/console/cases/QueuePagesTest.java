package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class QueuePagesTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    org.urbangrid.cases.internal.OverdueMarker overdueMarker;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    @Test
    void operator_home_lists_a_reported_case_with_its_light_and_time_left() {
        var c = cases.reported();
        var page = mvc.get().uri("/console?number={n}", c.number()).with(as("operator", "OPERATOR")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("受理队列", "data-case-number=\"" + c.number() + "\"",
                "待受理", "class=\"light GREEN\"", "剩余", "暴露垃圾", "/console/cases/" + c.id());
    }

    @Test
    void queue_updates_itself_through_server_sent_events() {
        var page = mvc.get().uri("/console").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"queue\"", "hx-ext=\"sse\"",
                "sse-connect=\"/console/events\"", "hx-trigger=\"sse:case-changed\"");
    }

    @Test
    void htmx_request_gets_only_the_rows_fragment() {
        var c = cases.reported();
        var rows = mvc.get().uri("/console?number={n}", c.number()).header("HX-Request", "true")
                .with(as("operator", "OPERATOR")).exchange();
        assertThat(rows).hasStatusOk().bodyText().contains("id=\"queue-rows\"", c.number()).doesNotContain("<html", "topbar");
    }

    @Test
    void an_empty_queue_says_so() {
        var page = mvc.get().uri("/console").with(as("handler-jjdd", "HANDLER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("本部门处置任务", "id=\"queue-empty\"", "队列中没有待办案件");
    }

    @Test
    void filter_by_status_narrows_the_queue() {
        var filing = cases.pendingFiling();
        var closeQueue = mvc.get().uri("/console?status=PENDING_CLOSE").header("HX-Request", "true")
                .with(as("shiftleader", "SHIFT_LEADER")).exchange();
        assertThat(closeQueue).hasStatusOk().bodyText().doesNotContain(filing.number());
        var filingQueue = mvc.get().uri("/console?status=PENDING_FILING&street=210231001").header("HX-Request", "true")
                .with(as("shiftleader", "SHIFT_LEADER")).exchange();
        assertThat(filingQueue).hasStatusOk().bodyText().contains(filing.number(), "待立案");
    }

    @Test
    void dispatcher_queue_shows_a_pending_extension_request_badge() {
        var c = cases.dispatched();
        cases.move("handler", c, "request-extension", "{\"comment\":\"需要调车\",\"extension\":{\"amount\":2,\"unit\":\"WORK_HOURS\"}}");
        var page = mvc.get().uri("/console?number={n}", c.number()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains(c.number(), "data-test=\"pending-badge\"", "延期申请");
    }

    @Test
    void handler_queue_shows_the_department_task() {
        var c = cases.dispatched();
        var page = mvc.get().uri("/console?number={n}", c.number()).with(as("handler", "HANDLER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains(c.number(), "处置中", "市政公用服务中心");
    }

    @Test
    void leader_home_shows_the_overview_first() {
        cases.reported();
        var page = mvc.get().uri("/console").with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"overview\"", "在办案件", "id=\"overview-chart\"",
                "echarts.min.js", "id=\"queue\"");
    }

    @Test
    void overview_data_feeds_the_chart_with_labels_and_counts() {
        cases.reported();
        var json = mvc.get().uri("/console/overview.json").with(as("leader", "LEADER")).exchange();
        assertThat(json).hasStatusOk().bodyText().contains("\"status\"", "\"light\"", "待受理", "绿灯");
        assertThat(mvc.get().uri("/console/overview").with(as("leader", "LEADER")).exchange()).hasStatusOk()
                .bodyText().contains("概览", "超期最久的案件");
    }

    @Test
    void overdue_list_shows_cases_past_their_deadline_with_time_over() throws Exception {
        var c = cases.pendingDispatch();
        clock.advance(Duration.ofDays(5));
        overdueMarker.markOverdue();
        var page = mvc.get().uri("/console/overdue").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("超期案件", "超时", "class=\"light RED\"");
        boolean found = false;
        for (int p = 0; p < 200 && !found; p++) {
            var rows = mvc.get().uri("/console/overdue?page={p}", p).header("HX-Request", "true")
                    .with(as("dispatcher", "DISPATCHER")).exchange();
            found = rows.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains(c.number());
        }
        assertThat(found).as("case %s on some page of the overdue list", c.number()).isTrue();
        var rows = mvc.get().uri("/console/overdue").header("HX-Request", "true").with(as("leader", "LEADER")).exchange();
        assertThat(rows).hasStatusOk().bodyText().contains("id=\"queue-rows\"").doesNotContain("<html");
    }

    @Test
    void overdue_list_is_not_for_handlers() {
        var page = mvc.get().uri("/console/overdue").with(as("handler", "HANDLER")).exchange();
        assertThat(page).hasStatus(403).bodyText().contains("无法完成");
    }

    @Test
    void search_finds_a_case_by_number_and_status_and_says_when_nothing_matches() {
        var c = cases.pendingFiling();
        var page = mvc.get().uri("/console/cases?number={n}&status=PENDING_FILING&source=INSPECTOR", c.number())
                .with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("案件查询", "id=\"search-form\"", c.number());
        var none = mvc.get().uri("/console/cases?number=NOPE&from=2026-01-01&to=2026-01-02").header("HX-Request", "true")
                .with(as("leader", "LEADER")).exchange();
        assertThat(none).hasStatusOk().bodyText().contains("没有符合条件的案件").doesNotContain("<html");
    }

    @Test
    void search_with_a_bad_status_gets_a_friendly_refusal() {
        var page = mvc.get().uri("/console/cases?status=NONSENSE").with(as("leader", "LEADER")).exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void queues_speak_english_on_request() {
        var page = mvc.get().uri("/console?lang=en").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Dispatch and approvals", "Filter");
    }

    @Test
    void anonymous_visitors_cannot_read_queue_fragments() {
        assertThat(mvc.get().uri("/console").header("HX-Request", "true").exchange()).hasStatus3xxRedirection();
        assertThat(Api.class).isNotNull();
    }
}
