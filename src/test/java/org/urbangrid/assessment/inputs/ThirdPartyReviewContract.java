package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 第三方评估 through the JSON API; the clock stands in the second half of 2026. */
abstract class ThirdPartyReviewContract extends IntegrationTest {

    @Autowired
    Organization organization;

    @Autowired
    List<ExternalScores> inputs;

    MvcTestResult record(String user, String kind, String id, int year, int half, double score) {
        return api.post(user, "/api/assessment/third-party", "{\"subjectKind\":\"" + kind + "\",\"subjectId\":\"" + id
                + "\",\"year\":" + year + ",\"half\":" + half + ",\"score\":" + score + ",\"reviewer\":\"市民评议团\"}");
    }

    Double score(SubjectKind kind, String period, String id) {
        var input = inputs.stream().filter(i -> i.input().equals("THIRD_PARTY")).findFirst().orElseThrow();
        return input.scores(kind, Period.parse(period)).get(id);
    }

    @Test
    void a_result_applies_to_the_periods_of_its_half_and_a_spanning_period_takes_the_mean() {
        var gas = Long.toString(organization.departmentByCode("RQ").orElseThrow().id());
        assertThat(record("admin", "DEPARTMENT", gas, 2026, 1, 80)).hasStatus(200);
        assertThat(record("leader", "DEPARTMENT", gas, 2026, 2, 90)).hasStatus(200);
        assertThat(record("admin", "COMMUNITY", "210231002003", 2026, 1, 70)).hasStatus(200);

        assertThat(score(SubjectKind.DEPARTMENT, "2026-03", gas)).isEqualTo(80.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-Q2", gas)).isEqualTo(80.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-07", gas)).isEqualTo(90.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-11-25", gas)).isEqualTo(90.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2026", gas)).isEqualTo(85.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-06-20..2026-07-10", gas)).isEqualTo(85.0);
        assertThat(score(SubjectKind.DEPARTMENT, "2025-12", gas)).isNull();
        assertThat(score(SubjectKind.COMMUNITY, "2026-05", "210231002003")).isEqualTo(70.0);
        assertThat(score(SubjectKind.COMMUNITY, "2026-09", "210231002003")).isNull();
        // a spanning period takes only the halves the unit has
        assertThat(score(SubjectKind.COMMUNITY, "2026", "210231002003")).isEqualTo(70.0);

        // the same unit and half again replaces the result
        assertThat(record("admin", "DEPARTMENT", gas, 2026, 1, 60.5)).hasStatus(200);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-03", gas)).isEqualTo(60.5);
        var year = api.get("leader", "/api/assessment/third-party?year=2026");
        assertThat(Api.<List<Object>>read(year, "$[?(@.subjectId == '" + gas + "')]")).hasSize(2);
    }

    @Test
    void only_administrators_and_leaders_record_and_read() {
        var heat = Long.toString(organization.departmentByCode("RL").orElseThrow().id());
        for (var user : List.of("inspector", "handler", "dispatcher", "shiftleader", "operator")) {
            assertThat(record(user, "DEPARTMENT", heat, 2026, 1, 50)).as(user).hasStatus(403);
        }
        assertThat(api.get("handler", "/api/assessment/third-party?year=2026")).hasStatus(403);
        assertThat(score(SubjectKind.DEPARTMENT, "2026-03", heat)).isNull();
    }

    @Test
    void bad_results_are_400s_naming_the_field() {
        var heat = Long.toString(organization.departmentByCode("RL").orElseThrow().id());
        assertField(record("admin", "DEPARTMENT", heat, 2026, 1, 100.5), "score");
        assertField(record("admin", "UNIT_GRID", "210231002003001", 2026, 1, 50), "subjectKind");
        assertField(record("admin", "DEPARTMENT", "999999", 2026, 1, 50), "subjectId");
        assertField(record("admin", "STREET", "210231002003", 2026, 1, 50), "subjectId");
        assertField(record("admin", "DEPARTMENT", heat, 2026, 3, 50), "half");
        assertField(record("admin", "DEPARTMENT", heat, 2027, 1, 50), "year");
        assertField(api.post("admin", "/api/assessment/third-party", "{\"subjectKind\":\"DEPARTMENT\",\"subjectId\":\""
                + heat + "\",\"year\":2026,\"half\":1,\"score\":50}"), "reviewer");
        clock.set(java.time.LocalDateTime.of(2026, 5, 1, 9, 0));
        api.forgetTokens();
        assertField(record("admin", "DEPARTMENT", heat, 2026, 2, 50), "half");
    }

    static void assertField(MvcTestResult result, String field) {
        assertThat(result).as(Api.body(result)).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
    }
}
