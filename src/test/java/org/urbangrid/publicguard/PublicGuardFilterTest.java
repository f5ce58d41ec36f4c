package org.urbangrid.publicguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;
import org.urbangrid.platform.Problems;
import org.urbangrid.publicguard.internal.DeviceTokens;
import org.urbangrid.publicguard.internal.GuardSecret;
import org.urbangrid.publicguard.internal.GuardedPaths;
import org.urbangrid.publicguard.internal.PublicGuardFilter;
import org.urbangrid.publicguard.internal.PublicGuardProperties;
import org.urbangrid.publicguard.internal.PublicGuardProperties.Budget;
import org.urbangrid.publicguard.internal.RateLimiter;
import org.urbangrid.support.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The guard filter with small budgets of its own, in front of a test-only echo at {@code /public/test-echo} and
 * {@code /open311/v2/test-echo.json|xml}: 429 with Retry-After and the right body, budgets per address and per
 * device, reads apart from writes, the device cookie.
 */
class PublicGuardFilterTest extends IntegrationTest {

    @Autowired
    Problems problems;

    @Autowired
    LocaleResolver locales;

    @Autowired
    JsonMapper json;

    MockMvcTester guarded;
    DeviceTokens tokens;

    /** Echoes who the guard says is asking (nested in a test class, so no component scan picks it up). */
    @Controller
    static class Echo {
        @GetMapping({"/public/test-echo", "/open311/v2/test-echo.json", "/open311/v2/test-echo.xml"})
        @ResponseBody
        String read(HttpServletRequest request) {
            var client = PublicClient.of(request);
            return client.address() + " " + client.deviceId();
        }

        @PostMapping({"/public/test-echo", "/open311/v2/test-echo.json"})
        @ResponseBody
        String write(HttpServletRequest request) {
            return read(request);
        }
    }

    @BeforeEach
    void guard() {
        var properties = new PublicGuardProperties();
        var limits = properties.getRateLimits();
        limits.setReadsPerAddress(new Budget(3, Duration.ofMinutes(1)));
        limits.setWritesPerAddress(new Budget(2, Duration.ofMinutes(10)));
        limits.setReadsPerDevice(new Budget(2, Duration.ofMinutes(1)));
        limits.setWritesPerDevice(new Budget(1, Duration.ofMinutes(10)));
        var doors = new GuardedPaths(properties, new RateLimiter(clock, 1000, Duration.ofMinutes(10)));
        tokens = new DeviceTokens(new GuardSecret("a test secret long enough for the guard filter test"));
        var filter = new PublicGuardFilter(doors, tokens, properties, problems, locales, json);
        guarded = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new Echo()).addFilters(filter).build());
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void reads_over_the_address_budget_get_429_with_retry_after_and_a_problem() {
        for (int i = 0; i < 3; i++) {
            // a new device each time (no cookie kept): only the address budget binds
            assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.1"))).hasStatusOk();
        }
        var refused = guarded.get().uri("/public/test-echo").with(from("198.51.100.1")).exchange();
        assertThat(refused).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // 3 per minute: one comes back every 20 s
        assertThat(refused).headers().hasValue("Retry-After", "20");
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("error.public.too-many-reads");
        assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(429);
        assertThat(refused).bodyJson().extractingPath("$.retryAfterSeconds").isEqualTo(20);
        assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("请求过于频繁");
        assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("请求过于频繁，请 20 秒后再试。");

        var english = guarded.get().uri("/public/test-echo").with(from("198.51.100.1"))
                .header("Accept-Language", "en-US,en;q=0.9").exchange();
        assertThat(english).hasStatus(429);
        assertThat(english).bodyJson().extractingPath("$.title").isEqualTo("Too many requests");
        assertThat(english).bodyJson().extractingPath("$.detail")
                .isEqualTo("Too many requests; please try again in 20 s.");

        clock.advance(Duration.ofSeconds(20));
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.1"))).hasStatusOk();
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.1"))).hasStatus(429);
    }

    @Test
    void each_address_has_its_own_budget() {
        for (int i = 0; i < 3; i++) {
            assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.2"))).hasStatusOk();
        }
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.2"))).hasStatus(429);
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.3"))).hasStatusOk()
                .bodyText().startsWith("198.51.100.3 ");
    }

    @Test
    void reads_and_writes_are_counted_apart() {
        assertThat(guarded.post().uri("/public/test-echo").with(from("198.51.100.4"))).hasStatusOk();
        assertThat(guarded.post().uri("/public/test-echo").with(from("198.51.100.4"))).hasStatusOk();
        var refused = guarded.post().uri("/public/test-echo").with(from("198.51.100.4")).exchange();
        assertThat(refused).hasStatus(429);
        // 2 per 10 minutes: one comes back every 5 minutes
        assertThat(refused).headers().hasValue("Retry-After", "300");
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("error.public.too-many-writes");
        for (int i = 0; i < 3; i++) {
            assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.4"))).hasStatusOk();
        }
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.4"))).hasStatus(429);
        // and reads used up leave writes as they were
        clock.advance(Duration.ofMinutes(5));
        assertThat(guarded.post().uri("/public/test-echo").with(from("198.51.100.4"))).hasStatusOk();
    }

    @Test
    void one_device_has_a_budget_across_addresses() {
        var token = tokens.mint();
        var id = tokens.idOf(token);
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.5")).header("X-Device-Token", token))
                .hasStatusOk().bodyText().isEqualTo("198.51.100.5 " + id);
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.6")).cookie(new Cookie("ug_device", token)))
                .hasStatusOk().bodyText().isEqualTo("198.51.100.6 " + id);
        // the third read of this device, from a third address with budget left: the device's budget is spent
        assertThat(guarded.get().uri("/public/test-echo").with(from("198.51.100.7")).header("X-Device-Token", token))
                .hasStatus(429);
        assertThat(guarded.post().uri("/public/test-echo").with(from("198.51.100.8")).header("X-Device-Token", token))
                .hasStatusOk();
        assertThat(guarded.post().uri("/public/test-echo").with(from("198.51.100.9")).header("X-Device-Token", token))
                .hasStatus(429).headers().hasValue("Retry-After", "600");
    }

    @Test
    void open311_paths_answer_429_as_open311_errors_in_json_and_xml() {
        assertThat(guarded.post().uri("/open311/v2/test-echo.json").with(from("198.51.100.10"))).hasStatusOk();
        assertThat(guarded.post().uri("/open311/v2/test-echo.json").with(from("198.51.100.10"))).hasStatusOk();
        var json = guarded.post().uri("/open311/v2/test-echo.json").with(from("198.51.100.10"))
                .header("Accept-Language", "en").exchange();
        assertThat(json).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(json).headers().hasValue("Retry-After", "300");
        assertThat(json).bodyJson().isStrictlyEqualTo(
                "[{\"code\":429,\"description\":\"Too many submissions; please try again in 300 s.\"}]");

        for (int i = 0; i < 3; i++) {
            assertThat(guarded.get().uri("/open311/v2/test-echo.xml").with(from("198.51.100.11"))).hasStatusOk();
        }
        var xml = guarded.get().uri("/open311/v2/test-echo.xml").with(from("198.51.100.11")).exchange();
        assertThat(xml).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_XML);
        assertThat(xml).bodyText().isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code>"
                + "<description>请求过于频繁，请 20 秒后再试。</description></error></errors>");
    }

    @Test
    void a_first_visit_gets_a_signed_device_cookie_and_a_forged_one_is_replaced() {
        var first = guarded.get().uri("/public/test-echo").with(from("198.51.100.12")).exchange();
        assertThat(first).hasStatusOk();
        var setCookie = first.getResponse().getHeader("Set-Cookie");
        assertThat(setCookie).startsWith("ug_device=").contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=34560000");
        var token = setCookie.substring("ug_device=".length(), setCookie.indexOf(';'));
        assertThat(first).bodyText().isEqualTo("198.51.100.12 " + tokens.idOf(token));

        // kept: no new cookie
        var again = guarded.get().uri("/public/test-echo").with(from("198.51.100.12")).cookie(new Cookie("ug_device", token)).exchange();
        assertThat(again.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(again).bodyText().isEqualTo("198.51.100.12 " + tokens.idOf(token));

        // a made-up id with a made-up signature, and a real id with another's signature: ignored and replaced
        var other = tokens.mint();
        for (var forged : List.of("AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA", token.substring(0, 23) + other.substring(23),
                "not-a-token")) {
            var replaced = guarded.get().uri("/public/test-echo").with(from("198.51.100.13")).cookie(new Cookie("ug_device", forged))
                    .exchange();
            var newCookie = replaced.getResponse().getHeader("Set-Cookie");
            assertThat(newCookie).as(forged).startsWith("ug_device=").doesNotContain(forged);
            var newToken = newCookie.substring("ug_device=".length(), newCookie.indexOf(';'));
            assertThat(tokens.idOf(newToken)).isNotNull();
            assertThat(replaced).bodyText().isEqualTo("198.51.100.13 " + tokens.idOf(newToken));
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void paths_outside_the_groups_are_left_alone() {
        var result = guarded.get().uri("/public-not-guarded").with(from("198.51.100.14")).exchange();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        MvcTestResult unguarded = result;
        assertThat(unguarded).hasStatus(404);
    }
}
