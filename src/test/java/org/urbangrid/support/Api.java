package org.urbangrid.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Calls the JSON API as a given user with a real bearer token from {@code POST /api/auth/token}.
 * Tokens are reused until the (test) clock nears their expiry.
 */

public class Api {

    public static final String DEMO_PASSWORD = "demo123";

    private final MockMvcTester mvc;
    private final MutableClock clock;
    private final Map<String, Map.Entry<String, Instant>> tokens = new ConcurrentHashMap<>();

    public Api(MockMvcTester mvc, MutableClock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /** Tokens issued at another (test) time may have been purged since; tests that move the clock start afresh. */
    public void forgetTokens() {
        tokens.clear();
    }

    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public String token(String username, String password) {
        var cached = tokens.get(username);
        if (cached != null && cached.getValue().isAfter(clock.instant().plusSeconds(600))
                && cached.getValue().isBefore(clock.instant().plusSeconds(13 * 3600))) {
            return cached.getKey();
        }
        var result = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").exchange();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + body(result));
        }
        String token = JsonPath.read(body(result), "$.token");
        tokens.put(username, Map.entry(token, Instant.parse(JsonPath.read(body(result), "$.expiresAt"))));
        return token;
    }

    public MvcTestResult get(String username, String uri, Object... vars) {
        return mvc.get().uri(uri, vars).header("Authorization", "Bearer " + token(username)).exchange();
    }

    public MvcTestResult post(String username, String uri, String json, Object... vars) {
        return mvc.post().uri(uri, vars).header("Authorization", "Bearer " + token(username))
                .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json).exchange();
    }

    public MvcTestResult put(String username, String uri, String json, Object... vars) {
        return mvc.put().uri(uri, vars).header("Authorization", "Bearer " + token(username))
                .contentType(MediaType.APPLICATION_JSON).content(json == null ? "{}" : json).exchange();
    }

    public MvcTestResult delete(String username, String uri, Object... vars) {
        return mvc.delete().uri(uri, vars).header("Authorization", "Bearer " + token(username)).exchange();
    }

    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
