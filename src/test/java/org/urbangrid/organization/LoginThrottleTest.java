package org.urbangrid.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Repeated failed logins slow down and then get 429 with Retry-After, per account and per address. */
class LoginThrottleTest extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 1000) * 100);

    @Autowired
    Organization organization;

    private String account() {
        var name = "throttle" + NEXT.getAndIncrement();
        organization.createStaff(new NewStaff(name, "限流测试", "right-pass", Role.OPERATOR, null, null, null));
        return name;
    }

    private MvcTestResult token(String username, String password, String address, String language) {
        return mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").exchange();
    }

    @Test
    void five_failures_on_one_account_answer_429_with_retry_after_even_for_the_right_password() {
        var name = account();
        for (int i = 0; i < 5; i++) {
            assertThat(token(name, "wrong", "10.1.0." + i, "zh")).hasStatus(401);
        }
        var blocked = token(name, "right-pass", "10.1.0.99", "zh");
        assertThat(blocked).hasStatus(429);
        assertThat(Api.<String>read(blocked, "$.code")).isEqualTo("error.auth.throttled");
        assertThat(Api.<String>read(blocked, "$.detail")).contains("登录失败次数过多", "15", "Too many failed logins");
        assertThat(Long.parseLong(blocked.getResponse().getHeader("Retry-After"))).isBetween(1L, 900L);
        var english = token(name, "right-pass", "10.1.0.99", "en");
        assertThat(Api.<String>read(english, "$.detail")).startsWith("Too many failed logins");

        clock.advance(Duration.ofMinutes(16));
        assertThat(token(name, "right-pass", "10.1.0.99", "zh")).hasStatusOk();
    }

    @Test
    void a_success_clears_the_accounts_failures() {
        var name = account();
        for (int i = 0; i < 4; i++) {
            assertThat(token(name, "wrong", "10.2.0.1", "zh")).hasStatus(401);
        }
        assertThat(token(name, "right-pass", "10.2.0.1", "zh")).hasStatusOk();
        for (int i = 0; i < 4; i++) {
            assertThat(token(name, "wrong", "10.2.0.1", "zh")).hasStatus(401);
        }
        assertThat(token(name, "right-pass", "10.2.0.1", "zh")).hasStatusOk();
    }

    @org.springframework.beans.factory.annotation.Value("${urbangrid.login.max-per-address}")
    int perAddress;

    @Test
    void many_failures_from_one_address_block_that_address_only() {
        for (int i = 0; i < perAddress; i++) {
            assertThat(token("nobody-" + i + "-" + NEXT.getAndIncrement(), "guess", "10.3.0.7", "zh")).hasStatus(401);
        }
        var name = account();
        assertThat(token(name, "right-pass", "10.3.0.7", "zh")).hasStatus(429);
        assertThat(token(name, "right-pass", "10.3.0.8", "zh")).hasStatusOk();
    }

    @Test
    void unknown_usernames_count_like_known_ones() {
        var ghost = "ghost" + NEXT.getAndIncrement();
        for (int i = 0; i < 5; i++) {
            var refused = token(ghost, "x", "10.4.0." + i, "zh");
            assertThat(refused).hasStatus(401);
            assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.auth.bad-credentials");
        }
        assertThat(token(ghost, "x", "10.4.0.9", "zh")).hasStatus(429);
    }

    @Test
    void the_form_login_is_throttled_too_and_shows_the_login_page_with_the_wait() {
        var name = account();
        for (int i = 0; i < 5; i++) {
            var bad = mvc.post().uri("/login").param("username", name).param("password", "wrong").with(csrf())
                    .with(request -> {
                        request.setRemoteAddr("10.5.0.1");
                        return request;
                    }).exchange();
            assertThat(bad).redirectedUrl().isEqualTo("/login?error");
        }
        var blocked = mvc.post().uri("/login").param("username", name).param("password", "right-pass").with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.5.0.2");
                    return request;
                }).exchange();
        assertThat(blocked).hasStatus(429);
        assertThat(blocked.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(blocked.getResponse().getForwardedUrl()).isEqualTo("/login/throttled");
        var page = mvc.post().uri("/login/throttled").requestAttr("throttledMinutes", 15L).with(csrf()).exchange();
        assertThat(page).hasStatus(429);
        assertThat(Api.body(page)).contains("id=\"login-throttled\"", "登录失败次数过多", "15");
    }
}
