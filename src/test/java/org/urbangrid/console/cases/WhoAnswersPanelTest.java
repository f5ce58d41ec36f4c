package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.console.web.TestAnswerables;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * 谁来负责: the panel on the desk case page, the grid map's fragment and the phone pages, fed by the test-only
 * {@link TestAnswerables} for its one grid: Duty order, letter marks, links, phones only to the roles that call, the
 * leader's link to urge along the chain, and the scope of the grid fragment.
 */
class WhoAnswersPanelTest extends IntegrationTest {

    private static final String GRID = TestAnswerables.GRID;
    private static final Pattern KEY = Pattern.compile("data-key=\"([^\"]+)\"");

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    /** A report by the demo inspector at the centre of the test grid (in their area). */
    private DeskCases.Reported reportedInTestGrid() {
        var point = grids.centroidOf(GRID);
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\","
                + String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude())
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"便利店门前暴露垃圾\",\"photoIds\":[\""
                + cases.photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return new DeskCases.Reported(((Number) Api.read(result, "$.id")).longValue(), Api.read(result, "$.number"));
    }

    @Test
    void the_case_page_lists_who_answers_in_duty_order_with_letter_marks_links_and_phones_for_the_operator() throws Exception {
        var c = reportedInTestGrid();
        var body = mvc.get().uri("/console/cases/{id}", c.id()).with(as("operator", "OPERATOR")).exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var panel = panel(body);
        assertThat(panel).contains("谁来负责", "此处(单元网格 " + GRID + ")的责任人", "门前三包", "路长制 / 河长制",
                "网格责任人与四位一体", "网区", "包保责任链", "门前三包责任单位", "测试便利店", "个体工商户", "门前区域",
                "测试路(甲街—乙街)", "街道级路长/河长", "社区包楼院", "区包街道", "data-phones=\"true\"");
        // Duty order, whatever order the source gave; the whole grid's second unit is not at this spot.
        assertThat(keys(panel)).containsSubsequence("unit:9101", "unit:9101:supervisor", "chief:9101", "keeper:9101",
                "team:9101", "zone:9101", "chain:9102", "chain:9101").doesNotContain("unit:9102");
        assertThat(panel).doesNotContain(TestAnswerables.SECOND_UNIT);
        // Letters on 2026-11-25: ends 2026-12-05 → expiring; ended 2025-12-31 → expired; none; open-ended.
        assertThat(row(panel, "unit:9101")).contains("data-letter=\"EXPIRING\"", "2025-12-01 至 2026-12-05", "10 天内到期");
        assertThat(row(panel, "keeper:9101")).contains("data-letter=\"EXPIRED\"", "已过期");
        assertThat(row(panel, "team:9101")).contains("data-letter=\"NONE\"", "未登记责任书");
        assertThat(row(panel, "chief:9101")).contains("data-letter=\"VALID\"", "2026-03-01 签订,长期有效");
        assertThat(row(panel, "chain:9101")).contains("data-letter=\"VALID\"", "2026-01-05 至 2027-01-04");
        // The record's link when the duty system gave a path on this site; never a script.
        assertThat(row(panel, "unit:9101")).contains("href=\"/console/frontage/units/9101\"");
        assertThat(panel).doesNotContain("javascript:");
        // Phones as tel: links, dialled without the spaces and dashes.
        assertThat(row(panel, "unit:9101")).contains("href=\"tel:13900009001\"", TestAnswerables.UNIT_PHONE);
        assertThat(row(panel, "keeper:9101")).contains("href=\"tel:041188880002\"");
        assertThat(row(panel, "team:9101")).doesNotContain("tel:");
        // Only a leader urges along the chain.
        assertThat(body).doesNotContain("id=\"urge-chain\"");
    }

    @Test
    void a_leader_gets_the_link_to_urge_along_the_chain() throws Exception {
        var c = reportedInTestGrid();
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"urge-chain\"",
                "href=\"/console/cases/" + c.id() + "/chain\"", "沿责任链督办", "tel:13900009001");
        for (var role : List.of("dispatcher", "shiftleader")) {
            var other = mvc.get().uri("/console/cases/{id}", c.id()).with(as(role, role.equals("shiftleader") ? "SHIFT_LEADER"
                    : "DISPATCHER")).exchange();
            assertThat(other).as(role).hasStatusOk().bodyText().contains("id=\"who-answers\"").doesNotContain("id=\"urge-chain\"");
        }
    }

    @Test
    void a_handler_sees_who_answers_but_no_phone() throws Exception {
        var c = reportedInTestGrid();
        cases.move("operator", c, "accept", null);
        cases.move("shiftleader", c, "file", null);
        var department = ((Number) Api.read(api.get("handler", "/api/me"), "$.departmentId")).longValue();
        cases.move("dispatcher", c, "dispatch", "{\"departmentId\":" + department + "}");
        var body = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var panel = panel(body);
        assertThat(panel).contains("测试便利店", "测试网格长乙", "data-phones=\"false\"").doesNotContain("tel:");
        assertThat(body).doesNotContain(TestAnswerables.UNIT_PHONE, "13900009001", TestAnswerables.KEEPER_PHONE,
                "13900009101", "id=\"urge-chain\"");
    }

    @Test
    void the_panel_speaks_english() throws Exception {
        var c = reportedInTestGrid();
        var page = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Who answers here", "Frontage duty unit", "Road and river chiefs",
                "Street-level chief", "Chain of responsibility", "Ends within 10 days", "Expired", "Urge along the chain");
    }

    @Test
    void the_grid_map_shows_who_answers_for_the_whole_grid_as_a_fragment() throws Exception {
        var page = mvc.get().uri("/console/map/grids/{code}/answers", GRID).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(page).hasStatusOk().bodyText().startsWith("<section").contains("id=\"who-answers\"",
                "data-whole-grid=\"true\"", "单元网格 " + GRID + " 整个网格的责任人", TestAnswerables.SECOND_UNIT,
                "tel:13900009001").doesNotContain("<html", "id=\"urge-chain\"");
        assertThat(keys(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)))
                .containsSubsequence("unit:9101", "unit:9102", "unit:9101:supervisor", "chief:9101");
        // A click lists the grid's cases and loads the panel after them.
        assertThat(mvc.get().uri("/console/map/grids/{code}/cases", GRID).with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatusOk().bodyText().contains("id=\"grid-answers\"", "hx-get=\"/console/map/grids/" + GRID + "/answers\"");
        // The map page offers the same by the grid's code.
        assertThat(mvc.get().uri("/console/map").with(as("dispatcher", "DISPATCHER")).exchange()).hasStatusOk().bodyText()
                .contains("id=\"grid-choose\"", "hx-get=\"/console/map/grid\"");
        assertThat(mvc.get().uri("/console/map/grid?code={code}", GRID).header("HX-Request", "true")
                .with(as("dispatcher", "DISPATCHER")).exchange()).hasStatusOk().bodyText()
                .startsWith("<div id=\"grid-cases-body\"").contains("id=\"grid-answers\"");
        // Without htmx (the form sent as it is), the whole map page with the grid's list in place.
        assertThat(mvc.get().uri("/console/map/grid?code={code}", GRID).with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatusOk().bodyText().contains("<html", "id=\"grid-map\"", "id=\"grid-answers\"", GRID);
        assertThat(mvc.get().uri("/console/map/grid?code=12ab").with(as("dispatcher", "DISPATCHER")).exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/console/map/grids/210231001002999/answers").with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(404);
    }

    @Test
    void the_grid_fragment_is_for_the_grids_own_street_only() throws Exception {
        var mine = streetStaff("wa-dispatcher-ls", "210231001");
        var other = streetStaff("wa-dispatcher-other", "210231002");
        assertThat(mvc.get().uri("/console/map/grids/{code}/answers", GRID).with(as(mine, "DISPATCHER")).exchange())
                .hasStatusOk().bodyText().contains("测试便利店");
        var refused = mvc.get().uri("/console/map/grids/{code}/answers", GRID).with(as(other, "DISPATCHER")).exchange();
        assertThat(refused).hasStatus(403).bodyText().doesNotContain("测试便利店", "13900009001");
        // Its case list says nothing of who answers there either.
        assertThat(mvc.get().uri("/console/map/grids/{code}/cases", GRID).with(as(other, "DISPATCHER")).exchange())
                .hasStatusOk().bodyText().doesNotContain("id=\"grid-answers\"");
    }

    @Test
    void an_inspector_gets_the_phones_only_for_the_grids_of_their_own_area() throws Exception {
        var outsider = organization.staffByUsername("inspector01").orElseThrow();
        assertThat(organization.covers(outsider.id(), GRID)).isFalse();
        var fragment = mvc.get().uri("/console/map/grids/{code}/answers", GRID).with(as("inspector01", "INSPECTOR")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("测试便利店", "data-phones=\"false\"").doesNotContain("tel:",
                "13900009001");
        assertThat(mvc.get().uri("/console/map/grids/{code}/answers", GRID).with(as("inspector", "INSPECTOR")).exchange())
                .hasStatusOk().bodyText().contains("tel:13900009001");
    }

    @Test
    void the_inspectors_case_page_on_the_phone_shows_the_compact_panel() throws Exception {
        var c = reportedInTestGrid();
        var body = mvc.get().uri("/m/cases/{id}", c.id()).with(as("inspector", "INSPECTOR")).exchange().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var panel = panel(body);
        assertThat(panel).contains("panel answers compact card", "测试便利店", "测试网格长乙", "tel:13900009001", "已过期")
                .doesNotContain(TestAnswerables.SECOND_UNIT, "id=\"urge-chain\"");
        assertThat(keys(panel)).containsSubsequence("unit:9101", "chief:9101", "keeper:9101", "chain:9101");
    }

    @Test
    void the_report_page_asks_who_answers_at_the_located_spot() throws Exception {
        assertThat(mvc.get().uri("/m/report").with(as("inspector", "INSPECTOR")).exchange()).hasStatusOk().bodyText()
                .contains("id=\"spot-answers\"", "data-url=\"/m/answers\"");
        var point = grids.centroidOf(GRID);
        var here = mvc.get().uri("/m/answers?lat={lat}&lng={lng}", point.latitude(), point.longitude())
                .with(as("inspector", "INSPECTOR")).exchange();
        assertThat(here).hasStatusOk().bodyText().contains("panel answers compact", "data-whole-grid=\"false\"", "测试便利店",
                "tel:13900009001").doesNotContain(TestAnswerables.SECOND_UNIT, "<html");
        // Outside the inspector's area: nobody named; outside every grid: said plainly; a bad position refused.
        var elsewhere = mvc.get().uri("/m/answers?lat={lat}&lng={lng}", point.latitude(), point.longitude())
                .with(as("inspector01", "INSPECTOR")).exchange();
        assertThat(elsewhere).hasStatusOk().bodyText().contains("id=\"answers-note\"", "不在您的责任区内")
                .doesNotContain("测试便利店");
        assertThat(mvc.get().uri("/m/answers?lat=10&lng=10").with(as("inspector", "INSPECTOR")).exchange()).hasStatusOk()
                .bodyText().contains("不在任何单元网格内");
        assertThat(mvc.get().uri("/m/answers?lat=100&lng=10").with(as("inspector", "INSPECTOR")).exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/m/answers?lat={lat}&lng={lng}", point.latitude(), point.longitude())
                .with(as("dispatcher", "DISPATCHER")).exchange()).hasStatus(403);
    }

    private String streetStaff(String username, String street) {
        if (organization.staffByUsername(username).isEmpty()) {
            organization.createStaff(new NewStaff(username, "街道派遣员", "secret123", Role.DISPATCHER, null, street, null));
        }
        return username;
    }

    /** The panel's HTML out of a page: from its section to the tag that closes it. */
    static String panel(String body) {
        int start = body.indexOf("id=\"who-answers\"");
        assertThat(start).as("the page has the panel").isNotNegative();
        start = body.lastIndexOf("<section", start);
        int depth = 0;
        int at = start;
        while (true) {
            int open = body.indexOf("<section", at + 1);
            int close = body.indexOf("</section>", at + 1);
            if (open != -1 && open < close) {
                depth++;
                at = open;
            } else if (depth == 0) {
                return body.substring(start, close + "</section>".length());
            } else {
                depth--;
                at = close;
            }
        }
    }

    /** One answerable's row of the panel. */
    static String row(String panel, String key) {
        int start = panel.indexOf("data-key=\"" + key + "\"");
        assertThat(start).as(key).isNotNegative();
        return panel.substring(panel.lastIndexOf("<li", start), panel.indexOf("</li>", start));
    }

    static List<String> keys(String html) {
        var keys = new ArrayList<String>();
        var m = KEY.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
