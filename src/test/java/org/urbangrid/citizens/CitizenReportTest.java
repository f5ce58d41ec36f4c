package org.urbangrid.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.channels.Channels;
import org.urbangrid.citizens.internal.ProblemList;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The report page: the problem list, a report with photos becoming a case of the web channel, its checks. */
class CitizenReportTest extends IntegrationTest {

    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;
    @Autowired Channels channels;
    @Autowired ProblemList problems;
    @Autowired Catalog catalog;
    @Autowired CitizenReports citizenReports;

    CitizenFixtures citizen;

    @BeforeEach
    void citizen() {
        citizen = new CitizenFixtures(mvc, api, grids, jdbc);
    }

    @Test
    void the_problem_list_maps_plain_words_to_filing_conditions_of_the_catalogue() {
        var all = problems.groups().stream().flatMap(g -> g.problems().stream()).toList();
        assertThat(problems.groups()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(all).hasSizeGreaterThan(20);
        for (var p : all) {
            var condition = catalog.condition(p.conditionCode());
            assertThat(condition).as(p.code()).isPresent();
            assertThat(condition.get().classCode()).isEqualTo(p.classCode());
        }
        assertThat(problems.find("exposed-garbage").orElseThrow().conditionCode()).isEqualTo("E0102-01");
        assertThat(problems.find("manhole-missing").orElseThrow().labelZh()).isEqualTo("井盖缺失");

        var page = mvc.get().uri("/public/report").exchange();
        assertThat(page).hasStatusOk();
        var html = Api.body(page);
        assertThat(html).contains("环境卫生", "暴露垃圾", "道路设施", "井盖缺失", "name=\"idempotencyKey\"", "data-pow");
        var english = Api.body(mvc.get().uri("/public/report?lang=en").exchange());
        assertThat(english).contains("Litter and cleanliness", "Missing manhole cover", "lang=\"en\"");
    }

    @Test
    void a_report_with_two_photos_becomes_a_case_of_the_web_channel_and_answers_a_tracking_code() {
        var code = citizen.report().jpegs(1).photo("b.png", "image/png", TestImages.png()).phone("13900001111").code();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        long id = citizen.caseOf(code);
        var view = api.get("leader", "/api/cases/{id}", id);
        assertThat(Api.<String>read(view, "$.source")).isEqualTo("PUBLIC");
        assertThat(Api.<String>read(view, "$.conditionCode")).isEqualTo("E0102-01");
        assertThat(((Number) Api.read(view, "$.reporterId")).longValue()).isEqualTo(channels.web().accountId());
        assertThat(Api.<List<String>>read(view, "$.history[0].photoIds")).hasSize(2);
        assertThat(contact(id)).isEqualTo("13900001111");
        assertThat(citizenReports.reporter(id)).contains(CitizenReports.Reporter.CITIZEN);

        var page = mvc.get().uri("/public/track/" + code + "?created").exchange();
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains(code.substring(0, 5) + "-" + code.substring(5), "已收到");
    }

    @Test
    void an_anonymous_reporters_phone_is_for_notifications_only() {
        var code = citizen.report().anonymous().phone("13900002222").code();
        long id = citizen.caseOf(code);
        assertThat(contact(id)).isNull();
        assertThat(jdbc.sql("select phone from citizen_report where tracking_code = ?").param(code).query(String.class)
                .single()).isEqualTo("13900002222");
        assertThat(citizenReports.reporter(id)).contains(CitizenReports.Reporter.ANONYMOUS);
    }

    private String contact(long caseId) {
        return jdbc.sql("select reporter_contact from cases where id = ?").param(caseId)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    @Test
    void the_same_form_sent_twice_makes_one_case_and_one_code() {
        var key = citizen.newKey();
        var first = citizen.report().key(key).description("同一表单").jpegs(1).code();
        var again = citizen.report().key(key).description("同一表单").jpegs(1).code();
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from citizen_report where idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusals_are_clear_4xx_naming_the_field() {
        assertRefused(citizen.report().withoutPow().send(), 400, "powNonce");
        assertRefused(citizen.report().problem(null).send(), 400, "problem");
        assertRefused(citizen.report().problem("no-such-problem").send(), 400, "problem");
        assertRefused(citizen.report().noPosition().send(), 400, "position");
        assertRefused(citizen.report().at(10, 10).send(), 422, "position");
        assertRefused(citizen.report().description(" ").send(), 400, "description");
        assertRefused(citizen.report().description("长".repeat(1001)).send(), 400, "description");
        assertRefused(citizen.report().phone("call me").send(), 400, "phone");
        assertRefused(citizen.report().jpegs(7).send(), 400, "photos");
        assertRefused(citizen.report().photo("a.gif", "image/gif", "GIF89a not a photo".getBytes()).send(), 415, "photos");
        assertRefused(citizen.report().key(null).send(), 400, "idempotencyKey");
    }

    private void assertRefused(org.springframework.test.web.servlet.assertj.MvcTestResult result, int status, String field) {
        assertThat(result).as(Api.body(result)).hasStatus(status);
        var html = Api.body(result);
        assertThat(html).contains("id=\"report-error\"", "data-error-field=\"" + field + "\"");
        var beside = field.equals("idempotencyKey") ? "powNonce" : field;
        assertThat(html).as(field).containsPattern("id=\"" + beside + "-error\">[^<]+<");
    }

    @Test
    void nearby_open_cases_of_the_same_kind_are_shown_and_can_be_followed_instead() {
        var p = citizen.point();
        var first = citizen.report().description("第一个报告").code();
        long id = citizen.caseOf(first);
        var number = (String) Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
        var fragment = mvc.get().uri("/public/report/nearby?problem=exposed-garbage&latitude={lat}&longitude={lng}",
                p.latitude() + 0.0001, p.longitude()).exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(Api.body(fragment)).contains("已有人报告过这个问题吗", "data-case-number=\"" + number + "\"");
        var other = mvc.get().uri("/public/report/nearby?problem=streetlight&latitude={lat}&longitude={lng}",
                p.latitude(), p.longitude()).exchange();
        assertThat(Api.body(other)).doesNotContain(number);

        var follow = citizen.post("/public/report/follow", "case", number, "idempotencyKey", citizen.newKey(),
                "phone", "13900003333");
        var mine = CitizenFixtures.codeOf(follow);
        assertThat(mine).isNotEqualTo(first);
        assertThat(citizen.caseOf(mine)).isEqualTo(id);
        assertThat(jdbc.sql("select kind from citizen_report where tracking_code = ?").param(mine).query(String.class)
                .single()).isEqualTo("FOLLOW");
    }

    @Test
    void addresses_come_from_the_gazetteer() {
        var places = mvc.get().uri("/public/places?q=黄浦").exchange();
        assertThat(places).hasStatusOk();
        assertThat(Api.body(places)).contains("class=\"place\"", "data-lat=");
    }

    @Test
    void an_unknown_code_is_404_and_a_typed_code_is_read_forgivingly() {
        assertThat(mvc.get().uri("/public/track/ZZZZZZZZZZ").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/public/track/not-a-code").exchange()).hasStatus(404);
        var code = citizen.report().code();
        var typed = mvc.get().uri("/public/track?code={c}", code.substring(0, 5).toLowerCase() + " " + code.substring(5)).exchange();
        assertThat(typed).hasStatus3xxRedirection();
        assertThat(typed.getResponse().getRedirectedUrl()).isEqualTo("/public/track/" + code);
    }
}
