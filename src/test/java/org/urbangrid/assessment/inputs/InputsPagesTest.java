package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The console and phone pages of the assessment inputs render in both languages for the roles that use them. */
class InputsPagesTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.urbangrid.organization.Organization organization;

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor LEADER = user("leader").roles("LEADER");

    static String page(MvcTestResult result) {
        assertThat(result).as(Api.body(result)).hasStatusOk();
        var body = Api.body(result);
        assertThat(body).doesNotContain("??");
        // the Content-Security-Policy allows no inline script, handler or style
        assertThat(body).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+\\s*=")
                .doesNotContainPattern("\\sstyle\\s*=|<style");
        return body;
    }

    @Test
    void an_administrator_adds_a_criterion_on_the_criteria_page() {
        assertThat(page(mvc.get().uri("/assessment/mutual/criteria").with(ADMIN).exchange())).contains("互评指标");
        var saved = mvc.post().uri("/assessment/mutual/criteria").with(ADMIN).with(csrf())
                .param("direction", "DEPARTMENT_RATES_STREET").param("name", "门前三包落实").param("nameEn", "Frontage duty")
                .param("maxPoints", "20").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(page(mvc.get().uri("/assessment/mutual/criteria?lang=en").with(ADMIN).exchange()))
                .contains("Frontage duty", "Mutual assessment criteria");
        var refused = mvc.post().uri("/assessment/mutual/criteria").with(ADMIN).with(csrf())
                .param("direction", "DEPARTMENT_RATES_STREET").param("name", "x").param("nameEn", "x").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("maxPoints");
        assertThat(mvc.get().uri("/assessment/mutual/criteria").with(LEADER).exchange()).hasStatus(403);
        var added = api.get("admin", "/api/assessment/mutual/criteria?direction=DEPARTMENT_RATES_STREET");
        Number id = Api.<java.util.List<Number>>read(added, "$[?(@.nameEn == 'Frontage duty')].id").get(0);
        assertThat(mvc.post().uri("/assessment/mutual/criteria/{id}", id).with(ADMIN).with(csrf()).param("name", "门前三包落实")
                .param("nameEn", "Frontage duty").param("maxPoints", "20").param("active", "false").exchange())
                .hasStatus3xxRedirection();
        assertThat(Api.body(api.get("admin", "/api/assessment/mutual/criteria?direction=DEPARTMENT_RATES_STREET")))
                .doesNotContain("Frontage duty");
    }

    @Test
    void a_leader_draws_on_the_spot_check_page_and_sees_the_draw_reproduced() {
        assertThat(page(mvc.get().uri("/assessment/spot-checks").with(LEADER).exchange())).contains("月度抽查");
        var drawn = mvc.post().uri("/assessment/spot-checks").with(LEADER).with(csrf()).param("month", "2026-09")
                .param("areaCode", "210231001").param("count", "11").param("seed", "33").exchange();
        assertThat(drawn).hasStatus3xxRedirection();
        var location = drawn.getResponse().getRedirectedUrl();
        var detail = page(mvc.get().uri(location).with(LEADER).exchange());
        assertThat(detail).contains("用种子复核:一致", ">33<");
        assertThat(page(mvc.get().uri("/assessment/spot-checks?month=2026-09&lang=en").with(LEADER).exchange()))
                .contains("11 / ");
        var tooMany = mvc.post().uri("/assessment/spot-checks").with(LEADER).with(csrf()).param("month", "2026-09")
                .param("areaCode", "210231002").param("count", "100000").exchange();
        assertThat(tooMany).hasStatus(400).bodyText().contains("100000");
        assertThat(mvc.get().uri("/assessment/spot-checks").with(user("handler").roles("HANDLER")).exchange()).hasStatus(403);
    }

    @Test
    void leaders_see_the_third_party_and_forms_pages_and_a_street_rates_on_its_worksheet() {
        assertThat(page(mvc.get().uri("/assessment/third-party").with(LEADER).exchange())).contains("第三方评估");
        assertThat(page(mvc.get().uri("/assessment/mutual/forms?lang=en").with(LEADER).exchange()))
                .contains("Mutual assessment results");
        var street = user("handler-jd-ls").roles("HANDLER");
        assertThat(page(mvc.get().uri("/assessment/inputs").with(street).exchange())).contains("凌水");
        assertThat(page(mvc.get().uri("/assessment/mutual/rate?month=2026-11").with(street).exchange())).contains("互评表");
        assertThat(mvc.get().uri("/assessment/mutual/rate").with(user("dispatcher").roles("DISPATCHER")).exchange())
                .hasStatus(403);
        var saved = mvc.post().uri("/assessment/third-party").with(LEADER).with(csrf()).param("subjectKind", "STREET")
                .param("subjectId", "210231004").param("year", "2025").param("half", "2").param("score", "88")
                .param("reviewer", "调查机构").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(page(mvc.get().uri("/assessment/third-party?year=2025").with(LEADER).exchange())).contains("88.00");
    }

    @Test
    void a_street_sends_its_form_from_the_worksheet_page() {
        var active = api.get("admin", "/api/assessment/mutual/criteria?direction=STREET_RATES_DEPARTMENT");
        if (Api.<java.util.List<Object>>read(active, "$").isEmpty()) {
            api.post("admin", "/api/assessment/mutual/criteria", "{\"direction\":\"STREET_RATES_DEPARTMENT\","
                    + "\"name\":\"服务态度\",\"nameEn\":\"Attitude\",\"maxPoints\":40}");
            api.post("admin", "/api/assessment/mutual/criteria", "{\"direction\":\"STREET_RATES_DEPARTMENT\","
                    + "\"name\":\"处置质量\",\"nameEn\":\"Quality of work\",\"maxPoints\":60}");
            active = api.get("admin", "/api/assessment/mutual/criteria?direction=STREET_RATES_DEPARTMENT");
        }
        java.util.List<java.util.Map<String, Object>> criteria = Api.read(active, "$");
        var traffic = Long.toString(organization.departmentByCode("JTJ").orElseThrow().id());
        var street = user("handler-jd-lwt").roles("HANDLER");
        var post = mvc.post().uri("/assessment/mutual/rate").with(street).with(csrf()).param("month", "2026-11")
                .param("ratedId", traffic).param("remark", "配合及时");
        for (var c : criteria) {
            post.param("points-" + c.get("id"), c.get("maxPoints").toString());
        }
        assertThat(post.exchange()).hasStatus3xxRedirection();
        assertThat(page(mvc.get().uri("/assessment/mutual/rate?month=2026-11").with(street).exchange()))
                .contains("已提交,折合 100.0 分");
        var forms = page(mvc.get().uri("/assessment/mutual/forms?direction=STREET_RATES_DEPARTMENT&month=2026-11")
                .with(LEADER).exchange());
        assertThat(forms).contains("交通运输局", "100.00", "配合及时");
        var over = mvc.post().uri("/assessment/mutual/rate").with(street).with(csrf()).param("month", "2026-11")
                .param("ratedId", traffic).param("points-" + criteria.get(0).get("id"), "1000").exchange();
        assertThat(over).hasStatus(400);
    }

    @Test
    void the_phone_grid_page_offers_the_problem_form_until_the_grid_is_complete() {
        var drawn = api.post("admin", "/api/assessment/spot-checks",
                "{\"month\":\"2026-11\",\"areaCode\":\"210231001001\",\"count\":1,\"seed\":8}");
        assertThat(drawn).hasStatus(201);
        long id = ((Number) Api.read(drawn, "$.id")).longValue();
        String grid = Api.read(drawn, "$.grids[0].unitGridCode");
        var inspector = user("inspector").roles("INSPECTOR");
        var body = page(mvc.get().uri("/m/spot-checks/{d}/{c}", id, grid).with(inspector).exchange());
        assertThat(body).contains("finding-form", "E0102", "spot-check.js", grid);
        assertThat(page(mvc.get().uri("/m/spot-checks").with(inspector).exchange())).contains(grid);
        assertThat(mvc.post().uri("/m/spot-checks/{d}/{c}/complete", id, grid).with(inspector).with(csrf()).exchange())
                .hasStatus3xxRedirection();
        assertThat(page(mvc.get().uri("/m/spot-checks/{d}/{c}?lang=en", id, grid).with(inspector).exchange()))
                .doesNotContain("finding-form").contains("Passed");
        assertThat(page(mvc.get().uri("/assessment/spot-checks/{id}", id).with(ADMIN).exchange())).contains("合格 100");
    }

    @Test
    void the_phone_list_renders_for_inspectors_only() {
        assertThat(page(mvc.get().uri("/m/spot-checks").with(user("inspector").roles("INSPECTOR")).exchange()))
                .contains("月度抽查");
        assertThat(mvc.get().uri("/m/spot-checks").with(LEADER).exchange()).hasStatus(403);
    }
}
