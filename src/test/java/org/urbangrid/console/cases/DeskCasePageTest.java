package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The desk case page of issue 8: the forward move leads and the rest fold, 处理并打开下一件, the hotline caller for
 * the right roles only (page and JSON), the routing reason in words, the closed summary and the overview's red.
 */
class DeskCasePageTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    org.urbangrid.cases.internal.OverdueMarker overdueMarker;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }

    private String page(String user, String role, long id) {
        var page = mvc.get().uri("/console/cases/{id}", id).with(as(user, role)).exchange();
        assertThat(page).hasStatusOk();
        return Api.body(page);
    }

    /** The move the page leads with, from its own markup; null when none leads. */
    private static String primary(String html) {
        var m = Pattern.compile("id=\"primary-move\" data-move=\"([A-Z_]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** The moves folded under 更多操作. */
    private static String folded(String html) {
        int at = html.indexOf("id=\"more-moves\"");
        return at < 0 ? "" : html.substring(at, html.indexOf("</details>", at));
    }

    @Test
    void each_role_sees_the_forward_move_first_and_the_others_folded() {
        var reported = cases.reported();
        var operator = page("operator", "OPERATOR", reported.id());
        assertThat(primary(operator)).as("an inspector's own report is accepted").isEqualTo("ACCEPT");
        assertThat(folded(operator)).contains("id=\"move-SEND_TO_VERIFY\"", "id=\"move-REQUEST_CANCEL\"",
                "id=\"move-MERGE\"", "id=\"move-HIDE_PUBLIC\"").doesNotContain("id=\"move-ACCEPT\"");
        assertThat(operator).contains("id=\"move-next-ACCEPT\"", "处理并打开下一件", "更多操作(4)")
                .doesNotContain("<details id=\"more-moves\" open");

        var filing = cases.pendingFiling();
        var shiftLeader = page("shiftleader", "SHIFT_LEADER", filing.id());
        assertThat(primary(shiftLeader)).isEqualTo("FILE");
        assertThat(folded(shiftLeader)).contains("id=\"move-REFUSE\"").doesNotContain("id=\"move-FILE\"");

        var dispatch = cases.pendingDispatch();
        var dispatcher = page("dispatcher", "DISPATCHER", dispatch.id());
        assertThat(primary(dispatcher)).isEqualTo("DISPATCH");
        assertThat(dispatcher.indexOf("id=\"move-DISPATCH\"")).as("the dispatch button comes before the folded moves")
                .isLessThan(dispatcher.indexOf("id=\"more-moves\""));
        assertThat(dispatcher).contains("id=\"dispatch-department\"", "id=\"move-next-DISPATCH\"");

        var dispatched = cases.dispatched();
        var handler = page("handler", "HANDLER", dispatched.id());
        assertThat(primary(handler)).isEqualTo("REPORT_HANDLED");
        assertThat(folded(handler)).contains("id=\"move-REQUEST_EXTENSION\"", "id=\"move-REQUEST_RETURN\"",
                "id=\"move-REQUEST_SUSPENSION\"", "id=\"extension-amount\"");
        assertThat(handler).as("handlers are not desk staff: no next-case button").doesNotContain("id=\"move-next-");

        var leader = page("leader", "LEADER", dispatched.id());
        assertThat(primary(leader)).as("urging is an opinion, not a step forward").isNull();
        assertThat(leader).contains("<details id=\"more-moves\" open", "id=\"move-URGE\"");

        // The API says the same: the move table's primary move is part of the case view.
        assertThat(Api.<String>read(api.get("dispatcher", "/api/cases/{id}", dispatch.id()), "$.primaryMove")).isEqualTo("DISPATCH");
        assertThat(Api.body(api.get("leader", "/api/cases/{id}", dispatch.id()))).doesNotContain("primaryMove");
    }

    @Test
    void a_missing_cover_leads_with_making_the_site_safe_then_with_the_fix() {
        var c = cases.dispatchedManhole();
        assertThat(primary(page("handler", "HANDLER", c.id()))).isEqualTo("REPORT_MADE_SAFE");
        cases.move("handler", c, "report-made-safe", "{\"comment\":\"已设置围挡\",\"photoIds\":[\"" + cases.photo("handler") + "\"]}");
        assertThat(primary(page("handler", "HANDLER", c.id()))).isEqualTo("REPORT_HANDLED");
    }

    @Test
    void do_it_and_open_the_next_moves_the_case_and_opens_the_next_of_the_queue_in_deadline_order() {
        var first = cases.pendingDispatch();
        var second = cases.pendingDispatch(); // filed at the same instant: same deadline, the next id
        var result = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", first.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).param("next", "queue").exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/console/cases/" + second.id());
        assertThat(CasePageTest.flashOf(result)).contains("已派遣至", "已打开下一件");
        assertThat(cases.status(first)).isEqualTo("DISPATCHED");
        // Without next=queue the page stays on the case.
        var plain = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", second.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).exchange();
        assertThat(plain).redirectedUrl().isEqualTo("/console/cases/" + second.id());
        // A refused move with next=queue stays on the case and says why.
        var refused = mvc.post().uri("/console/cases/{id}/moves/DISPATCH", second.id()).with(as("dispatcher", "DISPATCHER"))
                .with(csrf()).param("next", "queue").exchange();
        assertThat(refused).redirectedUrl().isEqualTo("/console/cases/" + second.id());
        assertThat((String) refused.getMvcResult().getFlashMap().get("error")).isNotBlank();
    }

    private DeskCases.Reported hotline(String extra) {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + cases.position()
                + ",\"description\":\"市民来电:路边垃圾无人清理\"" + extra + "}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return new DeskCases.Reported(((Number) Api.read(result, "$.id")).longValue(), Api.read(result, "$.number"));
    }

    @Test
    void the_hotline_caller_is_shown_to_operator_shift_leader_and_dispatcher_only_on_the_page_and_in_json() {
        var c = hotline(",\"ticketNumber\":\"GD-20261125-0042\",\"callerName\":\"王女士\",\"callerPhone\":\"+86-138-0013-8000\"");
        for (var staff : new String[][] {{"operator", "OPERATOR"}, {"shiftleader", "SHIFT_LEADER"}, {"dispatcher", "DISPATCHER"}}) {
            assertThat(page(staff[0], staff[1], c.id())).as(staff[0]).contains("id=\"case-caller\"", "王女士",
                    "href=\"tel:+86-138-0013-8000\"", "id=\"case-ticket\"", "GD-20261125-0042");
            var json = api.get(staff[0], "/api/cases/{id}", c.id());
            assertThat(Api.<String>read(json, "$.callerName")).isEqualTo("王女士");
            assertThat(Api.<String>read(json, "$.callerPhone")).isEqualTo("+86-138-0013-8000");
        }
        // The leader and the inspector (whose area it is) see the case and its ticket, never the caller.
        for (var staff : new String[][] {{"leader", "LEADER"}, {"inspector", "INSPECTOR"}}) {
            var json = Api.body(api.get(staff[0], "/api/cases/{id}", c.id()));
            assertThat(json).as(staff[0]).contains("GD-20261125-0042").doesNotContain("王女士", "0013-8000", "callerName",
                    "callerPhone");
        }
        assertThat(page("leader", "LEADER", c.id())).contains("GD-20261125-0042").doesNotContain("王女士", "0013-8000",
                "id=\"case-caller\"");
        // Lists (and so their exports) never carry it, whoever reads them.
        assertThat(Api.body(api.get("operator", "/api/cases?number={n}", c.number()))).contains(c.number())
                .doesNotContain("王女士", "0013-8000");
        // Handlers: once the case is theirs they see it, but not the caller (the centre calls back).
        cases.move("operator", c, "send-to-verify", null);
        cases.move("inspector", c, "verify-true", "{\"photoIds\":[\"" + cases.photo("inspector") + "\"]}");
        cases.move("shiftleader", c, "file", "{\"conditionCode\":\"E0102-01\"}");
        var department = ((Number) Api.read(api.get("handler", "/api/me"), "$.departmentId")).longValue();
        cases.move("dispatcher", c, "dispatch", "{\"departmentId\":" + department + "}");
        assertThat(Api.body(api.get("handler", "/api/cases/{id}", c.id()))).contains("GD-20261125-0042")
                .doesNotContain("王女士", "0013-8000");
        assertThat(page("handler", "HANDLER", c.id())).doesNotContain("王女士", "0013-8000", "id=\"case-caller\"");
    }

    @Test
    void bad_caller_details_are_refused_with_400_naming_the_field() {
        var phone = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + cases.position()
                + ",\"description\":\"来电\",\"callerPhone\":\"138 abc\"}");
        assertThat(phone).hasStatus(400);
        assertThat(Api.body(phone)).contains("callerPhone");
        var control = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + cases.position()
                + ",\"description\":\"来电\",\"callerName\":\"王\\u0007女士\"}");
        assertThat(control).hasStatus(400);
        assertThat(Api.body(control)).contains("callerName");
        var tooLong = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + cases.position()
                + ",\"description\":\"来电\",\"callerName\":\"" + "王".repeat(51) + "\"}");
        assertThat(tooLong).hasStatus(400);
        assertThat(Api.body(tooLong)).contains("callerName");
        var notHotline = api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + cases.position()
                + ",\"description\":\"来电\",\"ticketNumber\":\"GD-1\"}");
        assertThat(notHotline).hasStatus(400);
        assertThat(Api.body(notHotline)).contains("ticketNumber", "12345/12319");
    }

    @Test
    void the_intake_form_takes_the_caller_and_the_ticket() {
        var point = grids.centroidOf(DeskCases.GRID);
        var result = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12319").param("description", "井盖松动,来电反映")
                .param("latitude", String.valueOf(point.latitude())).param("longitude", String.valueOf(point.longitude()))
                .param("complexity", "SIMPLE").param("ticketNumber", "12319-7788").param("callerName", "李先生")
                .param("callerPhone", "0411-8888-1234").exchange();
        assertThat(result).hasStatus3xxRedirection();
        long id = Long.parseLong(result.getMvcResult().getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(page("operator", "OPERATOR", id)).contains("李先生", "0411-8888-1234", "12319-7788");
        assertThat(page("leader", "LEADER", id)).contains("12319-7788").doesNotContain("李先生", "0411-8888-1234");
        var bad = mvc.post().uri("/console/intake").with(as("operator", "OPERATOR")).with(csrf())
                .param("source", "HOTLINE_12345").param("description", "来电")
                .param("latitude", String.valueOf(point.latitude())).param("longitude", String.valueOf(point.longitude()))
                .param("callerPhone", "call me").exchange();
        assertThat(bad).hasStatusOk().bodyText().contains("callerPhone", "来电电话");
    }

    @Test
    void the_routing_reason_is_a_sentence_in_either_language() {
        var c = cases.pendingDispatch();
        var zh = page("dispatcher", "DISPATCHER", c.id());
        // The case is in 小平岛社区; the matching rule (E01 @ 全区) is named beneath the sentence.
        assertThat(zh).contains("id=\"routing-sentence\">小平岛社区的暴露垃圾由市政公用服务中心(环卫)负责<",
                "id=\"routing-rule\"", "派遣规则 #", "大类 市容环境 · 全区");
        var en = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(en).hasStatusOk().bodyText().contains("Why this department", " is the responsibility of ", "Routing rule #")
                .doesNotContain("由市政公用服务中心(环卫)负责", "派遣规则");
    }

    @Test
    void a_closed_case_sums_up_its_life_total_time_per_stage_on_time_and_rework() {
        var c = cases.reported(); // Wednesday 09:00
        clock.advance(Duration.ofMinutes(10));
        cases.move("operator", c, "accept", null);
        clock.advance(Duration.ofMinutes(20));
        cases.move("shiftleader", c, "file", null);
        clock.advance(Duration.ofMinutes(30));
        cases.move("dispatcher", c, "dispatch", null);
        clock.advance(Duration.ofHours(2)); // 12:00: the lunch break starts
        cases.move("handler", c, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + cases.photo("handler") + "\"]}");
        clock.advance(Duration.ofMinutes(10));
        cases.move("operator", c, "send-to-check", null);
        clock.advance(Duration.ofMinutes(60));
        cases.move("inspector", c, "check-fail", "{\"comment\":\"仍有垃圾\"}");
        clock.advance(Duration.ofMinutes(90)); // 14:40
        cases.move("handler", c, "report-handled", "{\"comment\":\"已再次清运\",\"photoIds\":[\"" + cases.photo("handler") + "\"]}");
        clock.advance(Duration.ofMinutes(10));
        cases.move("operator", c, "send-to-check", null);
        clock.advance(Duration.ofMinutes(20));
        cases.move("inspector", c, "check-pass", "{\"photoIds\":[\"" + cases.photo("inspector") + "\"]}");
        clock.advance(Duration.ofMinutes(10)); // 15:20
        cases.move("shiftleader", c, "close", null);

        var html = page("leader", "LEADER", c.id());
        assertThat(html).contains("id=\"case-summary\"", "结案小结");
        // 09:00 → 15:20 is 6 h 20 min; work time leaves out the lunch break 12:00–13:30: 4 h 50 min.
        assertThat(html).contains("6 小时 20 分(其中工作时间 4 小时 50 分)");
        assertThat(html).contains("data-rework=\"1\"", "1 次");
        assertThat(stage(html, "REPORTED")).contains("10 分钟");
        assertThat(stage(html, "PENDING_FILING")).contains("20 分钟");
        assertThat(stage(html, "PENDING_DISPATCH")).contains("30 分钟");
        // Handled twice: 10:00–12:00, then 13:10–14:40 across the end of lunch (work from 13:30): 3 h 30 min, 3 h 10 min.
        assertThat(stage(html, "DISPATCHED")).contains("3 小时 30 分", "3 小时 10 分");
        // Waiting 12:00–12:10 and 14:40–14:50: 20 min elapsed, 10 of them working time.
        assertThat(stage(html, "HANDLED")).contains("20 分钟", "10 分钟");
        // Checked 12:10–13:10 (all in the lunch break) and 14:50–15:10: 1 h 20 min elapsed, 20 min working time.
        assertThat(stage(html, "CHECKING")).contains("1 小时 20 分", "20 分钟");
        assertThat(stage(html, "PENDING_CLOSE")).contains("10 分钟");
        // On time or late agrees with what the history records of each stage's end.
        var history = Api.body(api.get("leader", "/api/cases/{id}/history", c.id()));
        boolean anyLate = history.contains("\"stageOnTime\":false");
        assertThat(html).contains("data-on-time=\"" + !anyLate + "\"");
        // An open case has no summary.
        assertThat(page("leader", "LEADER", cases.reported().id())).doesNotContain("id=\"case-summary\"");
    }

    private static String stage(String html, String status) {
        int at = html.indexOf("<tr data-status=\"" + status + "\"");
        assertThat(at).as("a summary row for " + status).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void the_overview_red_count_is_the_overdue_list_and_today_counts_what_was_reported() {
        var before = overviewFigure("reported-today");
        cases.pendingDispatch();
        assertThat(overviewFigure("reported-today")).isEqualTo(before + 1);
        clock.advance(Duration.ofDays(5));
        overdueMarker.markOverdue();
        long red = overviewFigure("red-count");
        long listed = ((Number) Api.read(api.get("leader", "/api/cases/overdue"), "$.total")).longValue();
        assertThat(red).isPositive().isEqualTo(listed);
        var overduePage = mvc.get().uri("/console/overdue").with(as("leader", "LEADER")).exchange();
        assertThat(overduePage).bodyText().contains("共 " + String.format("%,d", listed) + " 件");
        var json = Api.body(mvc.get().uri("/console/overview.json").with(as("leader", "LEADER")).exchange());
        assertThat(json).contains("\"codes\":[\"GREEN\",\"YELLOW\",\"RED\"]");
        var page = mvc.get().uri("/console/overview").with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"table-street\"", "id=\"table-department\"", "今日结案");
        assertThat(mvc.get().uri("/console/overview").with(as("handler", "HANDLER")).exchange()).hasStatus(403);
    }

    private long overviewFigure(String id) {
        var html = mvc.get().uri("/console/overview").with(as("leader", "LEADER")).exchange();
        assertThat(html).hasStatusOk();
        var m = Pattern.compile("id=\"" + id + "\"[^>]*>([0-9,]+)").matcher(Api.body(html));
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void a_later_report_nearby_is_proposed_as_a_duplicate_and_merged_in_one_click_or_by_number() {
        var first = cases.reported();
        var second = cases.reported();
        var page = page("operator", "OPERATOR", second.id());
        assertThat(page).contains("id=\"duplicates\"", "id=\"main-case-" + first.id() + "\"", first.number());
        var merged = mvc.post().uri("/console/cases/{id}/moves/MERGE", second.id()).with(as("operator", "OPERATOR"))
                .with(csrf()).param("mainCaseId", String.valueOf(first.id())).exchange();
        assertThat(CasePageTest.flashOf(merged)).contains("已合并");
        assertThat(cases.status(second)).isEqualTo("MERGED");
        assertThat(page("operator", "OPERATOR", second.id())).contains("id=\"move-SEPARATE\"");

        var third = cases.reported();
        var byNumber = mvc.post().uri("/console/cases/{id}/moves/MERGE", third.id()).with(as("operator", "OPERATOR"))
                .with(csrf()).param("mainCaseNumber", first.number()).exchange();
        assertThat(CasePageTest.flashOf(byNumber)).contains("已合并");
        var unknown = mvc.post().uri("/console/cases/{id}/moves/MERGE", cases.reported().id())
                .with(as("operator", "OPERATOR")).with(csrf()).param("mainCaseNumber", "20990101-00001").exchange();
        assertThat((String) unknown.getMvcResult().getFlashMap().get("error")).contains("mainCaseId");
    }
}
