package org.urbangrid.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The tracking page: plain-word status with dates, the department's answer and after-photos, a rating once after
 * closing (feeding the assessment), "still not fixed" once within the window, following a case or an area.
 */
class CitizenTrackTest extends IntegrationTest {

    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;

    CitizenFixtures citizen;

    @BeforeEach
    void citizen() {
        citizen = new CitizenFixtures(mvc, api, grids, jdbc);
    }

    private String page(String code) {
        var result = mvc.get().uri("/public/track/{code}", code).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        return Api.body(result);
    }

    @Test
    void the_page_follows_the_case_in_plain_words_to_its_answer_and_after_photos() {
        var code = citizen.report().description("小区门口垃圾成堆").jpegs(1).code();
        long id = citizen.caseOf(code);
        var received = page(code);
        assertThat(received).contains("已收到", "暴露垃圾", "文字描述和照片经工作人员查看后公开显示")
                .doesNotContain("小区门口垃圾成堆", "id=\"rate\"", "id=\"reopen\"");

        citizen.handled(id, "垃圾已清运完毕");
        var handled = page(code);
        assertThat(handled).contains("已处置", "部门答复", "垃圾已清运完毕", "小区门口垃圾成堆", "id=\"after-photos\"",
                "id=\"before-photos\"", "/public/photos/", "已交给负责部门", "部门答复已处理");
        assertThat(handled).doesNotContain("id=\"rate\"", "id=\"reopen\"");
        assertThat(mvc.get().uri("/public/track/{c}?lang=en", code).exchange()).bodyText()
                .contains("Fixed, being checked", "The department’s answer");
    }

    @Test
    void after_closing_the_citizen_rates_once_and_the_rating_enters_the_assessment() {
        clock.advance(CitizenFixtures.RATING_MONTH); // SatisfactionContract owns November's and October's ratings
        var code = citizen.report().code();
        long id = citizen.caseOf(code);
        assertThat(citizen.post("/public/track/" + code + "/rating", "stars", "4")).hasStatus(409);
        citizen.closed(id, "已清理");
        assertThat(page(code)).contains("已办结", "id=\"rate\"", "id=\"reopen\"");

        assertThat(citizen.post("/public/track/" + code + "/rating", "stars", "9")).hasStatus(400);
        var withoutWork = mvc.post().uri("/public/track/{c}/rating", code).param("stars", "4").exchange();
        assertThat(withoutWork).hasStatus(400);
        assertThat(Api.body(withoutWork)).contains("id=\"track-error\"");
        var rated = citizen.post("/public/track/" + code + "/rating", "stars", "4", "comment", "处理得很快");
        assertThat(rated).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select stars from satisfaction_rating where case_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(4);
        assertThat(jdbc.sql("select rating_comment from citizen_report where tracking_code = ?").param(code)
                .query(String.class).single()).isEqualTo("处理得很快");
        assertThat(page(code)).contains("您的评价", "4 满意", "处理得很快").doesNotContain("id=\"rate\"");
        assertThat(citizen.post("/public/track/" + code + "/rating", "stars", "5")).hasStatus(409);
        assertThat(jdbc.sql("select count(*) from satisfaction_rating where case_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void still_not_fixed_within_the_window_sends_the_case_back_for_a_check_once() {
        var code = citizen.report().code();
        long id = citizen.caseOf(code);
        citizen.closed(id, "已清理");
        assertThat(citizen.post("/public/track/" + code + "/reopen", "reason", " ")).hasStatus(400);
        var reopened = citizen.post("/public/track/" + code + "/reopen", "reason", "垃圾又堆起来了");
        assertThat(reopened).hasStatus3xxRedirection();
        assertThat(citizen.status(id)).isEqualTo("HANDLED");
        var view = api.get("leader", "/api/cases/{id}", id);
        assertThat(Api.<String>read(view, "$.history[-1].move")).isEqualTo("REOPEN");
        assertThat(Api.<String>read(view, "$.history[-1].role")).isEqualTo("CHANNEL");
        assertThat(Api.<String>read(view, "$.history[-1].comment")).isEqualTo("垃圾又堆起来了");
        assertThat(page(code)).contains("市民反映仍未解决", "已处置", "您已反映过").doesNotContain("id=\"reopen\"");

        // Checked again and closed again: this code has said it once, so no second time.
        citizen.move("operator", id, "send-to-check", null);
        citizen.move("inspector", id, "check-pass", "{\"photoIds\":[\"" + citizen.photo("inspector") + "\"]}");
        citizen.move("shiftleader", id, "close", null);
        assertThat(page(code)).doesNotContain("id=\"reopen\"");
        assertThat(citizen.post("/public/track/" + code + "/reopen", "reason", "还是没好")).hasStatus(409);
    }

    @Test
    void the_button_is_gone_and_the_move_refused_once_the_window_is_over() {
        var code = citizen.report().code();
        long id = citizen.caseOf(code);
        citizen.closed(id, "已清理");
        clock.advance(Duration.ofDays(8));
        assertThat(page(code)).doesNotContain("id=\"reopen\"").contains("id=\"rate\"");
        assertThat(citizen.post("/public/track/" + code + "/reopen", "reason", "还在")).hasStatus(409);
        assertThat(citizen.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void a_code_made_after_closing_may_neither_rate_nor_reopen() {
        var code = citizen.report().code();
        long id = citizen.caseOf(code);
        citizen.closed(id, "已清理");
        clock.advance(Duration.ofMinutes(1));
        var number = (String) Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
        var late = CitizenFixtures.codeOf(citizen.post("/public/report/follow", "case", number, "idempotencyKey",
                citizen.newKey()));
        assertThat(page(late)).doesNotContain("id=\"reopen\"", "id=\"rate\"");
        assertThat(citizen.post("/public/track/" + late + "/reopen", "reason", "还在")).hasStatus(409);
        assertThat(citizen.post("/public/track/" + late + "/rating", "stars", "1")).hasStatus(409);
    }

    @Test
    void a_street_or_community_is_followed_by_phone_and_unfollowed_by_its_link() {
        var community = grids.find(CitizenFixtures.GRID).orElseThrow().parentCode();
        assertThat(mvc.get().uri("/public/follow?area={a}", community).exchange()).hasStatusOk();
        assertThat(citizen.post("/public/follow", "area", community)).hasStatus(400);
        assertThat(citizen.post("/public/follow", "area", "nowhere", "phone", "13900004444")).hasStatus(400);
        var followed = citizen.post("/public/follow", "area", community, "phone", "13900004444");
        assertThat(followed).hasStatus3xxRedirection();
        var link = followed.getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText().contains("取消关注").doesNotContain("13900004444");
        assertThat(citizen.post(link)).hasStatusOk().bodyText().contains("已取消关注");
        assertThat(jdbc.sql("select count(*) from citizen_follow where phone = '13900004444'").query(Long.class).single())
                .isZero();
        assertThat(mvc.get().uri(link).exchange()).hasStatus(404);
    }
}
