package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.IntegrationTest;

/** The big screen is for the centre's watching roles; others are refused, strangers sent to log in. */
class ScreenAccessTest extends IntegrationTest {

    @Test
    void leaders_shift_leaders_dispatchers_and_administrators_open_the_screen_without_the_console_chrome() {
        for (var who : new String[][] {{"leader", "LEADER"}, {"shiftleader", "SHIFT_LEADER"},
                {"dispatcher", "DISPATCHER"}, {"admin", "ADMIN"}}) {
            var page = mvc.get().uri("/console/screen").with(user(who[0]).roles(who[1])).exchange();
            assertThat(page).as(who[1]).hasStatusOk().bodyText().contains("城市管理指挥中心", "id=\"screen-map\"",
                    "id=\"chart-daily\"", "id=\"league-body\"", "id=\"ticker\"", "/js/screen.js").doesNotContain("topbar");
            assertThat(mvc.get().uri("/console/screen/data").with(user(who[0]).roles(who[1])).exchange()).as(who[1])
                    .hasStatusOk();
        }
    }

    @Test
    void the_console_links_the_screen_for_those_who_may_open_it() {
        assertThat(mvc.get().uri("/console/map").with(user("leader").roles("LEADER")).exchange()).hasStatusOk()
                .bodyText().contains("id=\"nav-screen\"", "/console/screen");
        assertThat(mvc.get().uri("/console/map").with(user("operator").roles("OPERATOR")).exchange()).hasStatusOk()
                .bodyText().doesNotContain("id=\"nav-screen\"");
    }

    @Test
    void the_screen_speaks_english_on_request() {
        var page = mvc.get().uri("/console/screen?lang=en").with(user("leader").roles("LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("City Management Command Centre", "Department league")
                .doesNotContain("城市管理指挥中心");
    }

    @Test
    void inspectors_handlers_and_operators_are_refused() {
        for (var who : new String[][] {{"inspector", "INSPECTOR"}, {"handler", "HANDLER"}, {"operator", "OPERATOR"}}) {
            for (var path : new String[] {"/console/screen", "/console/screen/data", "/console/screen/league",
                    "/console/screen/events"}) {
                assertThat(mvc.get().uri(path).with(user(who[0]).roles(who[1])).exchange()).as(who[1] + " " + path)
                        .hasStatus(403);
            }
        }
    }

    @Test
    void a_stranger_is_sent_to_log_in() {
        for (var path : new String[] {"/console/screen", "/console/screen/data"}) {
            var result = mvc.get().uri(path).exchange();
            assertThat(result).as(path).hasStatus3xxRedirection();
            assertThat(result.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
        }
    }
}
