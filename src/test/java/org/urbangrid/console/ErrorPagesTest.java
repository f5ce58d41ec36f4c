package org.urbangrid.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.IntegrationTest;

/**
 * Error pages are pages: a browser that opens an unknown address gets one in the console's layout, with the page
 * language and a title; an API client still gets the problem JSON. Pages an exception handler draws say their
 * language too.
 */
class ErrorPagesTest extends IntegrationTest {

    @Test
    void an_unknown_address_opened_in_a_browser_is_a_page_with_language_title_and_favicon() {
        var zh = mvc.get().uri("/no-such-page").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(zh).hasStatus(404).bodyText().contains("<html lang=\"zh-CN\"", "<title>页面无法打开 · ",
                "没有这个页面", "rel=\"icon\"", "id=\"back-home\"");
        var en = mvc.get().uri("/no-such-page?lang=en").header("Accept", "text/html")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(en).hasStatus(404).bodyText().contains("<html lang=\"en\"", "There is no such page");
    }

    @Test
    void an_api_client_still_gets_the_problem() {
        var json = mvc.get().uri("/no-such-page").header("Accept", "application/json")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(json).hasStatus(404).bodyText().contains("error.path-not-found");
        var api = mvc.get().uri("/api/no-such-thing").header("Accept", "text/html,*/*")
                .with(user("operator").roles("OPERATOR")).exchange();
        assertThat(api).hasStatus(404).bodyText().contains("error.path-not-found");
    }

    @Test
    void a_refusal_drawn_by_an_exception_handler_says_its_language() {
        var refused = mvc.get().uri("/assessment/mutual/criteria").with(user("shiftleader").roles("SHIFT_LEADER")).exchange();
        assertThat(refused).hasStatus(403).bodyText().contains("<html lang=\"zh-CN\"");
        var missing = mvc.get().uri("/console/cases/999999999?lang=en").with(user("operator").roles("OPERATOR")).exchange();
        assertThat(missing).hasStatus(404).bodyText().contains("<html lang=\"en\"");
    }
}
