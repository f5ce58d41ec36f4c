package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** With an assessment engine in the context, the screen shows this month's department league. */
@Import(ScreenTestRankings.class)
class ScreenLeaguePageTest extends IntegrationTest {

    @Test
    void the_page_and_its_fragment_show_the_league_with_grades_and_changes() {
        var page = mvc.get().uri("/console/screen").with(user("leader").roles("LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"league-table\"", "考核周期 2026-11",
                "市政公用服务中心(环卫)", "96.4", "class=\"grade gA\"", "▲2", "▼1", "class=\"unranked\"");
        var fragment = mvc.get().uri("/console/screen/league").header("HX-Request", "true")
                .with(user("dispatcher").roles("DISPATCHER")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("id=\"league-body\"", "交警大队", "71.3")
                .doesNotContain("<html");
    }

    @Test
    void the_data_carries_the_league_too() {
        var data = mvc.get().uri("/console/screen/data").with(user("leader").roles("LEADER")).exchange();
        assertThat(data).hasStatusOk();
        assertThat(Api.<String>read(data, "$.league.period")).isEqualTo("2026-11");
        assertThat(Api.<String>read(data, "$.league.lines[0].grade")).isEqualTo("A");
        assertThat(Api.<Integer>read(data, "$.league.lines[0].change")).isEqualTo(2);
    }
}
