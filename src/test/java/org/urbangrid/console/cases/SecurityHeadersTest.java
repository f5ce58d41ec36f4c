package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Every page carries the security headers, and every page satisfies its Content-Security-Policy: no inline
 * script, no inline event handler, no style attribute or element (the policy allows scripts and styles from
 * this origin only). Management endpoints other than health and info answer administrators only.
 */
class SecurityHeadersTest extends IntegrationTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE);

    @Autowired
    Grids grids;

    private DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    private static void assertHeaders(MvcTestResult result) {
        var response = result.getResponse();
        var csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(result.getRequest().getRequestURI())
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:",
                        "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    private static void assertSatisfiesCsp(MvcTestResult result) {
        var uri = result.getRequest().getRequestURI();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        var html = Api.body(result);
        var problems = new ArrayList<String>();
        for (var pattern : new Pattern[] {INLINE_SCRIPT, HANDLER, STYLE}) {
            var matcher = pattern.matcher(html);
            while (matcher.find()) {
                problems.add(html.substring(Math.max(0, matcher.start() - 40), Math.min(html.length(), matcher.end() + 40)));
            }
        }
        assertThat(problems).as("inline script, handler or style on " + uri).isEmpty();
    }

    private MvcTestResult page(String uri, String username, String role, Object... vars) {
        var result = mvc.get().uri(uri, vars).with(user(username).roles(role)).exchange();
        assertHeaders(result);
        return result;
    }

    @Test
    void every_page_carries_the_headers_and_needs_no_inline_script_or_style() {
        var reported = cases.reported();
        var login = mvc.get().uri("/login").exchange();
        assertHeaders(login);
        assertSatisfiesCsp(login);
        String[][] pages = {
                {"/console", "dispatcher", "DISPATCHER"}, {"/console/cases", "dispatcher", "DISPATCHER"},
                {"/console/map", "dispatcher", "DISPATCHER"}, {"/console/overdue", "dispatcher", "DISPATCHER"},
                {"/console/intake/new", "operator", "OPERATOR"}, {"/console/overview", "leader", "LEADER"},
                {"/console/cases/" + reported.id(), "operator", "OPERATOR"},
                {"/admin", "admin", "ADMIN"}, {"/admin/grids", "admin", "ADMIN"}, {"/admin/catalog", "admin", "ADMIN"},
                {"/admin/routing", "admin", "ADMIN"}, {"/admin/calendar", "admin", "ADMIN"},
                {"/admin/organization", "admin", "ADMIN"}, {"/admin/audit", "admin", "ADMIN"},
                {"/admin/simulation", "admin", "ADMIN"},
                {"/admin/notifications", "admin", "ADMIN"}, {"/admin/channels", "admin", "ADMIN"},
                {"/m", "inspector", "INSPECTOR"}, {"/m/report", "inspector", "INSPECTOR"},
                {"/m/cases/" + reported.id(), "inspector", "INSPECTOR"},
                {"/account/password", "operator", "OPERATOR"}};
        for (var p : pages) {
            assertSatisfiesCsp(page(p[0], p[1], p[2]));
        }
    }

    @Test
    void api_answers_and_errors_carry_the_headers_too() {
        assertHeaders(api.get("dispatcher", "/api/me"));
        assertHeaders(mvc.get().uri("/api/me").exchange());
        assertHeaders(mvc.get().uri("/actuator/health").exchange());
    }

    @Test
    void health_is_open_but_metrics_are_for_administrators_only() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/metrics").exchange()).hasStatus(401);
        var asDispatcher = mvc.get().uri("/actuator/metrics")
                .header("Authorization", "Bearer " + api.token("dispatcher")).exchange();
        assertThat(asDispatcher).hasStatus(403);
        assertThat(mvc.get().uri("/actuator/metrics").with(user("leader").roles("LEADER")).exchange()).hasStatus(403);
        var asAdmin = mvc.get().uri("/actuator/metrics").header("Authorization", "Bearer " + api.token("admin")).exchange();
        assertThat(asAdmin).hasStatusOk();
        assertThat(Api.body(asAdmin)).contains("names");
        assertThat(mvc.get().uri("/actuator/metrics").with(user("admin").roles("ADMIN")).exchange()).hasStatusOk();
    }
}
