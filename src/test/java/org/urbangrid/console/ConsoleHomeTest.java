package org.urbangrid.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.IntegrationTest;

class ConsoleHomeTest extends IntegrationTest {

    @Test
    void login_page_speaks_chinese_by_default_and_english_on_request() {
        var zh = mvc.get().uri("/login").exchange();
        assertThat(zh).hasStatusOk().bodyText().contains("登录", "数字化城市管理平台", "demo123");
        var en = mvc.get().uri("/login?lang=en").exchange();
        assertThat(en).hasStatusOk().bodyText().contains("Log in", "Username");
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        assertThat(mvc.get().uri("/console").exchange()).hasStatus3xxRedirection().redirectedUrl().contains("/login");
    }

    @Test
    void each_role_lands_on_its_own_home() {
        assertThat(mvc.get().uri("/").with(user("inspector").roles("INSPECTOR")).exchange()).redirectedUrl().isEqualTo("/m");
        assertThat(mvc.get().uri("/").with(user("admin").roles("ADMIN")).exchange()).redirectedUrl().isEqualTo("/admin");
        assertThat(mvc.get().uri("/").with(user("dispatcher").roles("DISPATCHER")).exchange()).redirectedUrl().isEqualTo("/console");
    }

    @Test
    void form_login_with_a_demo_account_works_and_a_wrong_password_does_not() {
        var ok = mvc.post().uri("/login").param("username", "operator").param("password", "demo123")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).exchange();
        assertThat(ok).redirectedUrl().isEqualTo("/");
        var bad = mvc.post().uri("/login").param("username", "operator").param("password", "nope")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).exchange();
        assertThat(bad).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void login_without_csrf_token_is_refused() {
        var result = mvc.post().uri("/login").param("username", "operator").param("password", "demo123").exchange();
        assertThat(result).hasStatus(403);
    }
}
