package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.grid.Grids;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * The board's public pages, map data and feeds: what they show, the minimum-count rule on the page, refusals as
 * 4xx naming the field, and no personal data anywhere (a caller's distinctive name and phones, a suggestion's phone).
 */
class BoardPagesTest extends IntegrationTest {

    static final String NAME = "欧阳测试娜";
    static final String PHONE = "13912340987";
    static final String SUGGESTION_PHONE = "13755501234";

    @Autowired
    Grids grids;

    @Autowired
    PublicCases publicCases;

    String body(String uri) {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Api.body(result);
    }

    @Test
    void the_board_shows_figures_lists_and_map_without_personal_data() {
        var seeds = new BoardSeeds(api, mvc, grids);
        long hotline = seeds.hotline(NAME, PHONE);
        long closed = seeds.closed("曝光台页面:已办结的垃圾");
        var closedNumber = seeds.number(closed);
        var hotlineNumber = seeds.number(hotline);
        // a suggestion with a phone, answered so that it is public
        var challenge = JsonPath.<String>read(body("/public/pow/challenge"), "$.challenge");
        var left = mvc.post().uri("/public/suggestions").param("topic", "OTHER").param("text", "曝光台页面的建议")
                .param("phone", SUGGESTION_PHONE).param("powChallenge", challenge)
                .param("powNonce", ProofOfWork.solve(challenge)).exchange();
        assertThat(left).hasStatus3xxRedirection();
        var code = left.getResponse().getRedirectedUrl().replaceAll(".*/public/suggestions/([A-Z0-9]+).*", "$1");

        var board = body("/public/board");
        assertThat(board).contains("id=\"street-figures\"", "id=\"board-map\"", closedNumber, "已办结", "样本不足",
                "凌水街道", "本期结案的案件数", "少于 20 件");
        var english = body("/public/board?lang=en");
        assertThat(english).contains("Too few cases", "Recently closed", "lang=\"en\"");
        var month = body("/public/board?month=" + java.time.YearMonth.from(clock.instant().atZone(
                java.time.ZoneId.of("Asia/Shanghai"))));
        assertThat(month).contains("street-figures");
        var page = body("/public/board/cases/" + closedNumber);
        assertThat(page).contains(closedNumber, "已清运完毕", "/public/photos/");
        var points = body("/public/board/map/cases");
        assertThat(JsonPath.<String>read(points, "$.type")).isEqualTo("FeatureCollection");
        assertThat(JsonPath.<List<String>>read(points, "$.features[*].properties.number")).contains(closedNumber,
                hotlineNumber);
        assertThat(body("/public/map/base?bbox=121.40,38.80,121.70,39.00&zoom=15")).contains("FeatureCollection");

        var everything = List.of(board, english, month, page, points, body("/public/board/closed"),
                body("/public/board/overdue"), body("/public/board/cases/" + hotlineNumber),
                body("/public/feeds/street/" + BoardSeeds.STREET + ".atom"),
                body("/public/feeds/community/" + BoardSeeds.COMMUNITY + ".atom"), body("/public/suggestions"),
                body("/public/suggestions/" + code));
        for (var text : everything) {
            assertThat(text).doesNotContain(NAME, PHONE, SUGGESTION_PHONE, "138****0000");
        }
        // the hotline case is public, only without its caller
        assertThat(publicCases.byId(hotline).orElseThrow().number()).isEqualTo(hotlineNumber);
    }

    @Test
    void more_pages_by_keyset_and_refusals_name_the_field() {
        var seeds = new BoardSeeds(api, mvc, grids);
        for (int i = 0; i < 2; i++) {
            seeds.closed("曝光台分页 " + i);
        }
        var all = body("/public/board/closed");
        assertThat(all).contains("id=\"list\"");
        var bad = mvc.get().uri("/public/board?month=2026-13").exchange();
        assertThat(bad).hasStatus(400);
        assertThat(Api.body(bad)).contains("2026-13");
        assertThat(mvc.get().uri("/public/board/cases/20990101-00001").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/public/suggestions/NOPE").exchange()).hasStatus(404);
    }
}
