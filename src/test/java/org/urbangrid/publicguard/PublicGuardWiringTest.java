package org.urbangrid.publicguard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.support.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The guard in the running application: the challenge door is open without a login and carries the platform's
 * headers, and the filter counts before Spring Security (the test profile's tiny {@code guard-test} groups).
 */
class PublicGuardWiringTest extends IntegrationTest {

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void the_challenge_is_open_to_everyone_with_the_security_headers_and_a_device_cookie() {
        var result = mvc.get().uri("/public/pow/challenge").with(from("192.0.2.1")).accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).headers().containsHeaders("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'", "worker-src 'self'");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader("Set-Cookie")).startsWith("ug_device=").contains("HttpOnly", "SameSite=Lax");
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
        assertThat(result).bodyJson().extractingPath("$.difficulty").isEqualTo(8);
        assertThat(result).bodyJson().extractingPath("$.expiresAt").isEqualTo("2026-11-25T01:05:00Z");

        // what it hands out is what the verifier accepts
        var challenge = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray()).get("challenge").asString();
        assertThat(ProofOfWork.difficultyOf(challenge)).isEqualTo(8);
        var proofOfWork = applicationContext.getBean(ProofOfWork.class);
        proofOfWork.verify(challenge, ProofOfWork.solve(challenge));
    }

    @Test
    void only_the_challenge_is_open_under_its_path() {
        assertThat(mvc.post().uri("/public/pow/challenge").with(from("192.0.2.2"))).hasStatus(403);
        assertThat(mvc.get().uri("/public/pow/other").with(from("192.0.2.2"))).hasStatus(403);
    }

    @Test
    void the_filter_refuses_before_spring_security_asks_for_a_login() {
        for (int i = 0; i < 3; i++) {
            // no login: the console chain sends the browser to the login page
            assertThat(mvc.get().uri("/guard-test/anything").with(from("192.0.2.3"))).hasStatus(302);
        }
        var refused = mvc.get().uri("/guard-test/anything").with(from("192.0.2.3")).exchange();
        assertThat(refused).hasStatus(429).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).headers().hasValue("Retry-After", "20");

        assertThat(mvc.get().uri("/open311-guard-test/services.json").with(from("192.0.2.4"))).hasStatus(302);
        var open311 = mvc.get().uri("/open311-guard-test/services.json").with(from("192.0.2.4")).exchange();
        assertThat(open311).hasStatus(429).headers().hasValue("Retry-After", "60");
        assertThat(open311).bodyJson().extractingPath("$[0].code").isEqualTo(429);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext applicationContext;
}
