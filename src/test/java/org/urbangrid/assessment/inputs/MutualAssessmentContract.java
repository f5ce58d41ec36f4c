package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * 条块互评 through the JSON API. Criteria: streets rate departments on 服务态度 (40) and 处置质量 (60); departments
 * rate streets on 配合程度 (50) and 属地管理 (50). The clock stands at 2026-11-25 unless a test moves it.
 */
abstract class MutualAssessmentContract extends IntegrationTest {

    @Autowired
    Organization organization;

    @Autowired
    List<ExternalScores> inputs;

    long attitude;
    long quality;
    long cooperation;
    long territory;

    @BeforeEach
    void criteria() {
        retireOthers("STREET_RATES_DEPARTMENT", "服务态度", "处置质量");
        retireOthers("DEPARTMENT_RATES_STREET", "配合程度", "属地管理");
        var existing = api.get("admin", "/api/assessment/mutual/criteria?direction=STREET_RATES_DEPARTMENT");
        if (!Api.<List<Object>>read(existing, "$").isEmpty()) {
            attitude = Api.<List<Number>>read(existing, "$[?(@.name == '服务态度')].id").get(0).longValue();
            quality = Api.<List<Number>>read(existing, "$[?(@.name == '处置质量')].id").get(0).longValue();
            var other = api.get("admin", "/api/assessment/mutual/criteria?direction=DEPARTMENT_RATES_STREET");
            cooperation = Api.<List<Number>>read(other, "$[?(@.name == '配合程度')].id").get(0).longValue();
            territory = Api.<List<Number>>read(other, "$[?(@.name == '属地管理')].id").get(0).longValue();
            return;
        }
        attitude = criterion("STREET_RATES_DEPARTMENT", "服务态度", "Attitude", 40);
        quality = criterion("STREET_RATES_DEPARTMENT", "处置质量", "Quality of work", 60);
        cooperation = criterion("DEPARTMENT_RATES_STREET", "配合程度", "Cooperation", 50);
        territory = criterion("DEPARTMENT_RATES_STREET", "属地管理", "Territorial duty", 50);
    }

    /** Other tests may add criteria of their own; these forms score exactly the four above. */
    void retireOthers(String direction, String... keep) {
        var active = api.get("admin", "/api/assessment/mutual/criteria?direction=" + direction);
        List<java.util.Map<String, Object>> criteria = Api.read(active, "$");
        for (var c : criteria) {
            if (!List.of(keep).contains(c.get("name"))) {
                assertThat(api.put("admin", "/api/assessment/mutual/criteria/{id}", "{\"name\":\"" + c.get("name")
                        + "\",\"nameEn\":\"" + c.get("nameEn") + "\",\"maxPoints\":" + c.get("maxPoints")
                        + ",\"active\":false}", c.get("id"))).hasStatus(200);
            }
        }
    }

    long criterion(String direction, String name, String nameEn, int max) {
        var created = api.post("admin", "/api/assessment/mutual/criteria", "{\"direction\":\"" + direction
                + "\",\"name\":\"" + name + "\",\"nameEn\":\"" + nameEn + "\",\"maxPoints\":" + max + "}");
        assertThat(created).as(Api.body(created)).hasStatus(201);
        return ((Number) Api.read(created, "$.id")).longValue();
    }

    String dept(String code) {
        return Long.toString(organization.departmentByCode(code).orElseThrow().id());
    }

    MvcTestResult submit(String user, String month, String rated, long c1, int p1, long c2, int p2) {
        return api.post(user, "/api/assessment/mutual/forms", "{\"month\":\"" + month + "\",\"ratedId\":\"" + rated
                + "\",\"items\":[{\"criterionId\":" + c1 + ",\"points\":" + p1 + "},{\"criterionId\":" + c2
                + ",\"points\":" + p2 + "}]}");
    }

    double mutual(SubjectKind kind, String period, String id) {
        var input = inputs.stream().filter(i -> i.input().equals("MUTUAL")).findFirst().orElseThrow();
        return input.scores(kind, Period.parse(period)).get(id);
    }

    @Test
    void a_department_scores_the_mean_of_the_street_forms_on_it_each_normalised_to_100() {
        // 凌水: 30 + 45 of 100 = 75; 龙王塘: 40 + 60 of 100 = 100; mean 87.5
        assertThat(submit("handler-jd-ls", "2026-11", dept("SZYL"), attitude, 30, quality, 45)).hasStatus(200);
        assertThat(submit("handler-jd-lwt", "2026-11", dept("SZYL"), attitude, 40, quality, 60)).hasStatus(200);
        assertThat(mutual(SubjectKind.DEPARTMENT, "2026-11", dept("SZYL"))).isEqualTo(87.5);
        // the quarter holds the same forms
        assertThat(mutual(SubjectKind.DEPARTMENT, "2026-Q4", dept("SZYL"))).isEqualTo(87.5);

        // a later change of a criterion's maximum leaves the forms sent as they were
        assertThat(api.put("admin", "/api/assessment/mutual/criteria/{id}", "{\"name\":\"服务态度\",\"nameEn\":\"Attitude\","
                + "\"maxPoints\":80}", attitude)).hasStatus(200);
        assertThat(mutual(SubjectKind.DEPARTMENT, "2026-11", dept("SZYL"))).isEqualTo(87.5);
        var forms = api.get("leader", "/api/assessment/mutual/forms?direction=STREET_RATES_DEPARTMENT&month=2026-11");
        assertThat(forms).hasStatusOk();
        assertThat(Api.<List<Integer>>read(forms, "$[?(@.ratedId == '" + dept("SZYL") + "')].maxPoints")).containsOnly(100);
    }

    @Test
    void a_street_scores_the_department_forms_on_it_and_a_correction_replaces_the_form() {
        assertThat(submit("handler-gtj", "2026-11", "210231003", cooperation, 50, territory, 25)).hasStatus(200);
        assertThat(submit("handler-ghj", "2026-11", "210231003", cooperation, 20, territory, 20)).hasStatus(200);
        // (75 + 40) / 2
        assertThat(mutual(SubjectKind.STREET, "2026-11", "210231003")).isEqualTo(57.5);
        // 规划建设局 corrects its form: 40 + 40 → (75 + 80) / 2
        var corrected = submit("handler-ghj", "2026-11", "210231003", cooperation, 40, territory, 40);
        assertThat(corrected).hasStatus(200);
        assertThat(mutual(SubjectKind.STREET, "2026-11", "210231003")).isEqualTo(77.5);
        var sheet = api.get("handler-ghj", "/api/assessment/mutual/worksheet?month=2026-11");
        assertThat(sheet).hasStatusOk();
        assertThat(sheet).bodyJson().extractingPath("$.rater.direction").isEqualTo("DEPARTMENT_RATES_STREET");
        assertThat(Api.<List<Integer>>read(sheet, "$.units[?(@.id == '210231003')].form.points")).containsExactly(80);
        assertThat(Api.<List<Object>>read(sheet, "$.units[*]")).hasSize(4);
        // the other kinds have no mutual score
        var input = inputs.stream().filter(i -> i.input().equals("MUTUAL")).findFirst().orElseThrow();
        assertThat(input.scores(SubjectKind.COMMUNITY, Period.parse("2026-11"))).isEmpty();
    }

    @Test
    void a_month_takes_forms_from_its_first_day_until_the_tenth_of_the_next() {
        assertThat(submit("handler-jd-rjy", "2026-10", dept("SWJ"), attitude, 1, quality, 1)).hasStatus(409);
        var early = submit("handler-jd-rjy", "2026-12", dept("SWJ"), attitude, 1, quality, 1);
        assertThat(early).hasStatus(400);
        assertThat(early).bodyJson().extractingPath("$.field").isEqualTo("month");
        clock.set(LocalDateTime.of(2026, 12, 10, 23, 0));
        api.forgetTokens();
        assertThat(submit("handler-jd-rjy", "2026-11", dept("SWJ"), attitude, 10, quality, 10)).hasStatus(200);
        clock.set(LocalDateTime.of(2026, 12, 11, 0, 30));
        api.forgetTokens();
        assertThat(submit("handler-jd-rjy", "2026-11", dept("SWJ"), attitude, 20, quality, 20)).hasStatus(409);
        assertThat(mutual(SubjectKind.DEPARTMENT, "2026-11", dept("SWJ"))).isEqualTo(20.0);
    }

    @Test
    void bad_forms_are_400s_naming_the_field() {
        var over = submit("handler-jd-qxl", "2026-11", dept("HBJ"), attitude, 10, quality, 61);
        assertThat(over).hasStatus(400);
        assertThat(over).bodyJson().extractingPath("$.field").isEqualTo("items[1].points");
        var missing = api.post("handler-jd-qxl", "/api/assessment/mutual/forms", "{\"month\":\"2026-11\",\"ratedId\":\""
                + dept("HBJ") + "\",\"items\":[{\"criterionId\":" + attitude + ",\"points\":10}]}");
        assertThat(missing).hasStatus(400);
        assertThat(missing).bodyJson().extractingPath("$.field").isEqualTo("items");
        var streetOffice = submit("handler-jd-qxl", "2026-11", dept("JD-LS"), attitude, 10, quality, 10);
        assertThat(streetOffice).hasStatus(400);
        assertThat(streetOffice).bodyJson().extractingPath("$.field").isEqualTo("ratedId");
        var month = submit("handler-jd-qxl", "Nov", dept("HBJ"), attitude, 10, quality, 10);
        assertThat(month).bodyJson().extractingPath("$.field").isEqualTo("month");
        var noMax = api.post("admin", "/api/assessment/mutual/criteria",
                "{\"direction\":\"DEPARTMENT_RATES_STREET\",\"name\":\"x\",\"nameEn\":\"x\"}");
        assertThat(noMax).hasStatus(400);
        assertThat(noMax).bodyJson().extractingPath("$.field").isEqualTo("maxPoints");
    }

    @Test
    void only_the_units_people_rate_and_only_for_their_own_unit() {
        for (var user : List.of("inspector", "dispatcher", "operator", "shiftleader", "admin", "leader")) {
            assertThat(submit(user, "2026-11", dept("HW"), attitude, 1, quality, 1)).as(user).hasStatus(403);
        }
        var wrongWay = api.post("handler-jd-ls", "/api/assessment/mutual/forms", "{\"direction\":\"DEPARTMENT_RATES_STREET\","
                + "\"month\":\"2026-11\",\"ratedId\":\"210231002\",\"items\":[]}");
        assertThat(wrongWay).hasStatus(403);
        assertThat(api.post("handler-jd-ls", "/api/assessment/mutual/criteria",
                "{\"direction\":\"STREET_RATES_DEPARTMENT\",\"name\":\"x\",\"nameEn\":\"x\",\"maxPoints\":5}")).hasStatus(403);
        var form = submit("handler-jd-ls", "2026-11", dept("HW"), attitude, 5, quality, 5);
        long id = ((Number) Api.read(form, "$.id")).longValue();
        assertThat(api.get("handler-jd-ls", "/api/assessment/mutual/forms/{id}", id)).hasStatusOk();
        assertThat(api.get("handler-jd-lwt", "/api/assessment/mutual/forms/{id}", id)).hasStatus(404);
        assertThat(api.get("handler-jd-ls", "/api/assessment/mutual/forms?direction=STREET_RATES_DEPARTMENT&month=2026-11"))
                .hasStatus(403);
        assertThat(api.get("inspector", "/api/assessment/mutual/worksheet?month=2026-11")).hasStatus(403);
    }
}
