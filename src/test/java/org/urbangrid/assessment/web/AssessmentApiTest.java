package org.urbangrid.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.Indicator.*;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.DefaultFormula;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/** The assessment JSON API: who may read rankings and formulas, who may add a version, and the 400s of a bad one. */
class AssessmentApiTest extends AssessmentWebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Period OCT = Period.month(YearMonth.of(2026, 10));

    @Autowired
    Organization organization;

    private String sanitation;
    private String other;

    @BeforeEach
    void figures() {
        sanitation = String.valueOf(organization.departmentByCode("HW").orElseThrow().id());
        other = String.valueOf(organization.departmentByCode("SWJ").orElseThrow().id());
        // 60 cases → 90: 9 + 90×.3 + 80×.3 + 90×.3 = 87; the other: 10 + 30 + 30 + 30 = 100
        source.put(SubjectKind.DEPARTMENT, OCT, sanitation, "环卫", 60, DEPARTMENT_VOLUME, 60, 0, CLOSE_RATE, 45, 50,
                ON_TIME_HANDLE_RATE, 40, 50, REWORK_RATE, 5, 50);
        source.put(SubjectKind.DEPARTMENT, OCT, other, "水务局", 20, DEPARTMENT_VOLUME, 20, 0, CLOSE_RATE, 20, 20,
                ON_TIME_HANDLE_RATE, 20, 20, REWORK_RATE, 0, 20);
        source.putBehind(SubjectKind.DEPARTMENT, sanitation, OCT, ON_TIME_HANDLE_RATE, IndicatorSource.Part.SHORTFALL,
                new IndicatorSource.CaseBehind(11, "20261003-00011", "CLOSED", "late 3 h"));
    }

    @Test
    void every_member_of_staff_reads_rankings_default_last_month() {
        for (var user : java.util.List.of("leader", "handler", "inspector", "operator", "admin")) {
            var result = api.get(user, "/api/assessment/rankings?kind=DEPARTMENT");
            assertThat(result).as(user).hasStatusOk();
            var body = Api.body(result);
            assertThat((String) JsonPath.read(body, "$.period")).isEqualTo("2026-10");
            assertThat((java.util.List<String>) JsonPath.read(body, "$.rows[*].name")).containsExactly("水务局", "环卫");
            assertThat((Double) JsonPath.read(body, "$.rows[1].score")).isEqualTo(87.0);
            assertThat((String) JsonPath.read(body, "$.rows[1].grade")).isEqualTo("B");
            assertThat((Integer) JsonPath.read(body, "$.rows[1].rank")).isEqualTo(2);
            assertThat((java.util.List<Integer>) JsonPath.read(body,
                    "$.rows[1].figures[?(@.indicator == 'CLOSE_RATE')].numerator")).containsExactly(45);
            assertThat((java.util.List<String>) JsonPath.read(body,
                    "$.rows[1].figures[?(@.indicator == 'ON_TIME_HANDLE_RATE')].cases")).containsExactly(
                    "/api/assessment/figures/DEPARTMENT/" + sanitation
                            + "/ON_TIME_HANDLE_RATE/cases?period=2026-10&part=SHORTFALL");
        }
    }

    @Test
    void rankings_need_a_login_and_a_known_kind_and_period() {
        assertThat(mvc.get().uri("/api/assessment/rankings?kind=DEPARTMENT").exchange()).hasStatus(401);
        var badKind = api.get("leader", "/api/assessment/rankings?kind=PLANET");
        assertThat(badKind).hasStatus(400);
        assertThat((String) JsonPath.read(Api.body(badKind), "$.field")).isEqualTo("kind");
        var badPeriod = api.get("leader", "/api/assessment/rankings?kind=DEPARTMENT&period=2026-13");
        assertThat(badPeriod).hasStatus(400);
        assertThat((String) JsonPath.read(Api.body(badPeriod), "$.field")).isEqualTo("period");
    }

    @Test
    void cases_behind_a_figure_within_the_callers_scope() {
        var uri = "/api/assessment/figures/DEPARTMENT/{s}/ON_TIME_HANDLE_RATE/cases?period=2026-10&part=SHORTFALL";
        var leader = api.get("leader", uri, sanitation);
        assertThat(leader).hasStatusOk();
        assertThat((String) JsonPath.read(Api.body(leader), "$.cases[0].caseNumber")).isEqualTo("20261003-00011");
        assertThat(api.get("handler", uri, sanitation)).hasStatusOk();
        assertThat(api.get("handler", uri, other)).hasStatus(403);
        assertThat(api.get("inspector", uri, sanitation)).hasStatus(403);
        var wrongIndicator = api.get("leader",
                "/api/assessment/figures/DEPARTMENT/{s}/FILED/cases?period=2026-10", sanitation);
        assertThat(wrongIndicator).hasStatus(400);
        assertThat((String) JsonPath.read(Api.body(wrongIndicator), "$.field")).isEqualTo("indicator");
    }

    @Test
    void formulas_are_read_by_admins_and_leaders_only() {
        assertThat(api.get("admin", "/api/assessment/formulas")).hasStatusOk();
        var leader = api.get("leader", "/api/assessment/formulas/in-force?date=2026-10-01");
        assertThat(leader).hasStatusOk();
        assertThat((String) JsonPath.read(Api.body(leader), "$.validFrom")).isEqualTo("2000-01-01");
        assertThat((Integer) JsonPath.read(Api.body(leader), "$.formula.kinds.DEPARTMENT.parts[0].weight")).isEqualTo(10);
        assertThat(api.get("handler", "/api/assessment/formulas")).hasStatus(403);
        assertThat(api.post("leader", "/api/assessment/formulas", "{}")).hasStatus(403);
    }

    @Test
    void an_admin_adds_a_version_which_computes_periods_from_its_date_and_is_audited() throws Exception {
        var body = DefaultFormula.body();
        var json = JSON.writeValueAsString(java.util.Map.of("validFrom", "2031-03-01", "reason", "A 从 95 起",
                "formula", body)).replace("\"A\":90", "\"A\":95");
        var created = api.post("admin", "/api/assessment/formulas", json);
        assertThat(created).hasStatus(201);
        int version = JsonPath.read(Api.body(created), "$.version");
        assertThat((Integer) JsonPath.read(Api.body(created), "$.formula.grades.A")).isEqualTo(95);
        var march = api.get("leader", "/api/assessment/rankings?kind=DEPARTMENT&period=2031-03");
        assertThat((Integer) JsonPath.read(Api.body(march), "$.formulaVersion")).isEqualTo(version);
        var february = api.get("leader", "/api/assessment/rankings?kind=DEPARTMENT&period=2031-02");
        assertThat((Integer) JsonPath.read(Api.body(february), "$.formulaVersion")).isNotEqualTo(version);
        var audit = api.get("admin", "/api/audit?area=assessment");
        assertThat(Api.body(audit)).contains("create-formula").contains("v" + version);
    }

    @Test
    void a_bad_version_is_a_400_naming_the_field() throws Exception {
        var good = JSON.writeValueAsString(java.util.Map.of("validFrom", "2031-01-01", "reason", "test",
                "formula", DefaultFormula.body()));
        assertField(good.replace("\"reason\":\"test\"", "\"reason\":\" \""), "reason");
        assertField(good.replace("\"validFrom\":\"2031-01-01\"", "\"validFrom\":\"1999-12-31\""), "validFrom");
        assertField(good.replace("\"B\":75", "\"B\":95"), "grades.B");
        // department volume 10 → 15: the weights add up to 105
        var department = (String) JsonPath.read(good, "$.formula.kinds.DEPARTMENT.parts[0].indicator");
        assertThat(department).isEqualTo("DEPARTMENT_VOLUME");
        var heavier = JsonPath.parse(good).set("$.formula.kinds.DEPARTMENT.parts[0].weight", 15).jsonString();
        var problem = assertField(heavier, "kinds.DEPARTMENT");
        assertThat(problem).contains("105");
        var bumpy = JsonPath.parse(good).set("$.formula.kinds.DEPARTMENT.parts[0].bands[2].score", 95).jsonString();
        assertField(bumpy, "kinds.DEPARTMENT.parts[0].bands[2].score");
        var wrongKind = JsonPath.parse(good).set("$.formula.kinds.INSPECTOR.parts[0].indicator", "CLOSE_RATE").jsonString();
        assertField(wrongKind, "kinds.INSPECTOR.parts[0].indicator");
        var unknownInput = JsonPath.parse(good).put("$.formula.kinds.OPERATOR.external", "LOTTERY", 0).jsonString();
        assertField(unknownInput, "kinds.OPERATOR.external.LOTTERY");
        var badRegion = JsonPath.parse(good).set("$.formula.class2Regions", java.util.List.of("21023")).jsonString();
        assertField(badRegion, "class2Regions[0]");
    }

    @Test
    void an_unknown_indicator_or_a_malformed_body_is_a_400_not_a_500() throws Exception {
        var good = JSON.writeValueAsString(java.util.Map.of("validFrom", "2031-01-01", "reason", "test",
                "formula", DefaultFormula.body()));
        var unknown = JsonPath.parse(good).set("$.formula.kinds.INSPECTOR.parts[0].indicator", "HAPPINESS").jsonString();
        assertThat(api.post("admin", "/api/assessment/formulas", unknown)).hasStatus(400);
        assertThat(api.post("admin", "/api/assessment/formulas", "{\"validFrom\": \"2031-01-01\", \"reason\": \"x\"}"))
                .hasStatus(400);
        assertThat(api.post("admin", "/api/assessment/formulas", "{nope")).hasStatus(400);
    }

    @Test
    void the_endpoints_are_described_in_the_openapi_document() {
        assertThat(Api.body(mvc.get().uri("/v3/api-docs").exchange())).contains("/api/assessment/rankings",
                "/api/assessment/figures/{kind}/{subjectId}/{indicator}/cases", "/api/assessment/formulas", "/api/assessment/formulas/in-force");
    }

    private String assertField(String json, String field) {
        var result = api.post("admin", "/api/assessment/formulas", json);
        assertThat(result).as(field).hasStatus(400);
        assertThat((String) JsonPath.read(Api.body(result), "$.field")).as(Api.body(result)).isEqualTo(field);
        return Api.body(result);
    }
}
