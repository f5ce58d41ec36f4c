package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** GET /console/map/cases: the open cases in a box, only those the caller may see, coloured by light. */
class MapCasePointsTest extends IntegrationTest {

    @Autowired
    Grids grids;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    /** A box of about 1 km around the demo grid. */
    String box() {
        var p = grids.centroidOf(DeskCases.GRID);
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", p.longitude() - 0.006, p.latitude() - 0.005,
                p.longitude() + 0.006, p.latitude() + 0.005);
    }

    MvcTestResult points(String user, String role, String bbox) {
        return mvc.get().uri("/console/map/cases?bbox={b}", bbox).with(as(user, role)).exchange();
    }

    List<String> numbers(MvcTestResult result) {
        assertThat(result).as(Api.body(result)).hasStatusOk();
        return Api.read(result, "$.points[*].number");
    }

    @Test
    void a_leader_sees_the_open_cases_in_the_box_with_light_status_and_class() {
        var c = cases.dispatched();
        var result = points("leader", "LEADER", box());
        assertThat(numbers(result)).contains(c.number());
        List<Map<String, Object>> mine = Api.read(result, "$.points[?(@.number == '" + c.number() + "')]");
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("id", (int) c.id()).containsEntry("light", "GREEN")
                    .containsEntry("status", "DISPATCHED").containsEntry("statusName", "处置中")
                    .containsEntry("className", "暴露垃圾");
            assertThat(((Number) p.get("lat")).doubleValue()).isCloseTo(grids.centroidOf(DeskCases.GRID).latitude(),
                    org.assertj.core.data.Offset.offset(1e-6));
        });
        assertThat((Boolean) Api.read(result, "$.truncated")).isFalse();
        assertThat((Integer) Api.read(result, "$.cap")).isEqualTo(5000);
        // outside the box: not there
        assertThat(numbers(points("leader", "LEADER", "121.0,38.0,121.1,38.1"))).doesNotContain(c.number());
    }

    @Test
    void the_light_turns_red_once_the_deadline_has_passed() {
        var c = cases.dispatched();
        clock.advance(Duration.ofDays(30));
        List<String> lights = Api.read(points("leader", "LEADER", box()),
                "$.points[?(@.number == '" + c.number() + "')].light");
        assertThat(lights).containsExactly("RED");
    }

    @Test
    void closed_cases_are_not_on_the_map() {
        var c = cases.pendingFiling();
        cases.move("shiftleader", c, "refuse", "{\"comment\":\"不属于城管受理范围\"}");
        assertThat(cases.status(c)).isNotIn("PENDING_FILING");
        assertThat(numbers(points("leader", "LEADER", box()))).doesNotContain(c.number());
    }

    @Test
    void handlers_see_only_their_departments_cases_and_inspectors_only_theirs() {
        var c = cases.dispatched(); // 暴露垃圾 in the demo grid goes to 环卫, the demo handler's department
        assertThat(numbers(points("handler", "HANDLER", box()))).contains(c.number());
        assertThat(numbers(points("handler-szyl", "HANDLER", box()))).doesNotContain(c.number());
        assertThat(numbers(points("inspector", "INSPECTOR", box()))).contains(c.number());
        assertThat(numbers(points("inspector16", "INSPECTOR", box()))).doesNotContain(c.number());
    }

    @Test
    void a_bad_box_is_a_400_problem_naming_bbox() {
        for (var bad : new String[] {"", "1,2,3", "a,38,122,39", "122,38,121,39", "121,39,122,38", "121,38,190,39",
                "NaN,38,122,39"}) {
            var result = points("leader", "LEADER", bad);
            assertThat(result).as(bad).hasStatus(400);
            assertThat(Api.body(result)).as(bad).contains("bbox");
        }
        var missing = mvc.get().uri("/console/map/cases").accept(org.springframework.http.MediaType.APPLICATION_JSON)
                .with(as("leader", "LEADER")).exchange();
        assertThat(missing).hasStatus(400);
        assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.body(missing)).contains("\"field\":\"bbox\"", "范围 bbox", "minLng,minLat,maxLng,maxLat", "\"code\":\"error.map.bbox\"");
        var english = mvc.get().uri("/console/map/cases?bbox=x&lang=en").accept(org.springframework.http.MediaType.APPLICATION_JSON)
                .with(as("leader", "LEADER")).exchange();
        assertThat(english).hasStatus(400);
        assertThat(Api.body(english)).contains("The bounding box bbox \\\"x\\\" is not valid");
    }

    @Test
    void anonymous_callers_are_sent_to_the_login() {
        var result = mvc.get().uri("/console/map/cases?bbox={b}", box()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).contains("/login");
    }

    @Test
    void the_component_layer_reads_the_register_inside_the_box() {
        var result = mvc.get().uri("/console/map/components?bbox={b}", box()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(result).as(Api.body(result)).hasStatusOk();
        List<Number> lats = Api.read(result, "$.points[*].lat");
        var p = grids.centroidOf(DeskCases.GRID);
        assertThat(lats).isNotEmpty().allSatisfy(lat -> assertThat(lat.doubleValue()).isBetween(p.latitude() - 0.005,
                p.latitude() + 0.005));
        assertThat(mvc.get().uri("/console/map/components?bbox=1,2").with(as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(400);
    }

    @Test
    void the_case_pages_link_to_the_phone_map_apps_in_their_own_datum() {
        var c = cases.dispatched();
        var at = grids.centroidOf(DeskCases.GRID);
        var gcj = org.urbangrid.grid.Coordinates.wgs84ToGcj02(at);
        var bd = org.urbangrid.grid.Coordinates.wgs84ToBd09(at);
        var gcjText = String.format(Locale.ROOT, "%.6f,%.6f", gcj.longitude(), gcj.latitude());
        var bdText = String.format(Locale.ROOT, "%.6f,%.6f", bd.latitude(), bd.longitude());
        var geoText = String.format(Locale.ROOT, "geo:%.6f,%.6f", at.latitude(), at.longitude());
        var desk = mvc.get().uri("/console/cases/{id}", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(desk).hasStatusOk().bodyText().contains("导航前往", "id=\"nav-amap\"", "高德地图", "百度地图", "腾讯地图",
                "系统地图", "https://uri.amap.com/marker?position=" + gcjText, "location=" + bdText, geoText,
                "id=\"map-config\"");
        var phone = mvc.get().uri("/m/cases/{id}", c.id()).with(as("inspector", "INSPECTOR")).exchange();
        assertThat(phone).hasStatusOk().bodyText().contains("id=\"nav-baidu\"", "position=" + gcjText, geoText);
        var english = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(english).hasStatusOk().bodyText().contains("Navigate there", "Amap", "Phone&#39;s map app");
    }

    @Test
    void the_base_map_is_served_to_the_console_session_too() {
        var result = mvc.get().uri("/console/map/base?bbox={b}&zoom=15", box()).with(as("inspector", "INSPECTOR")).exchange();
        assertThat(result).as(Api.body(result)).hasStatusOk();
        assertThat(Api.body(result)).contains("FeatureCollection", "\"kind\"");
        assertThat(mvc.get().uri("/console/map/base?bbox=1,2&zoom=15").with(as("inspector", "INSPECTOR")).exchange())
                .hasStatus(400);
    }
}
