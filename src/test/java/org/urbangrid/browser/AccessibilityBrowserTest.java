package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on every page each role can open (the console's {@code @GetMapping} pages, by role as the top bar
 * offers them), with cases in several states, the phone pages, the administrator's pages, the assessment pages,
 * the big screen, the login and password pages and the error pages: no violation of impact serious or critical
 * on any of them. All page states are checked before the test fails, so its message lists every violation.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private final List<Axe.Violation> found = new ArrayList<>();
    private final List<String> states = new ArrayList<>();
    private final List<String> withoutIcon = new ArrayList<>();

    @Test
    void every_page_state_of_every_role_has_no_serious_or_critical_violation() {
        var cases = apiCases();
        long reported = cases.inspectorReport("无障碍:路口暴露垃圾");
        long accepted = cases.accepted("无障碍:绿化带暴露垃圾");
        long filed = cases.filed("无障碍:人行道暴露垃圾");
        long dispatched = cases.dispatched("无障碍:小区门口暴露垃圾");
        long handled = cases.handled("无障碍:河边暴露垃圾已清运");
        long checking = cases.handled("无障碍:广场暴露垃圾待核查");
        cases.move("operator", checking, "send-to-check", null);
        long closed = cases.handled("无障碍:公交站暴露垃圾已结案");
        cases.move("operator", closed, "send-to-check", null);
        cases.move("inspector", closed, "check-pass", "{\"photoIds\":[\"" + cases.photo("inspector", "check") + "\"]}");
        cases.move("shiftleader", closed, "close", "{\"comment\":\"现场已整改\"}");
        var drawn = api.post("admin", "/api/assessment/spot-checks",
                "{\"month\":\"2026-11\",\"areaCode\":\"210231001001\",\"count\":2,\"seed\":7}");
        assertThat(drawn).as(org.urbangrid.support.Api.body(drawn)).hasStatus(201);

        var desk = desktop();
        desk.get(url("/login"));
        check(desk, "login");
        desk.get(url("/login?error"));
        check(desk, "login, failed");
        desk.get(url("/login?logout"));
        check(desk, "login, logged out");

        as("operator", "/console", "/console/intake/new", "/console/cases", "/console/cases?q=无障碍",
                "/console/map", "/console/assessment", "/account/password");
        caseStates("operator", reported, accepted, handled, closed);
        as("shiftleader", "/console", "/console/overdue", "/console/assessment/notice", "/assessment/inputs",
                "/assessment/mutual/criteria", "/assessment/mutual/rate", "/assessment/mutual/forms",
                "/assessment/third-party", "/assessment/spot-checks", "/console/screen");
        caseStates("shiftleader", accepted, checking, closed);
        firstLink("/assessment/spot-checks?month=2026-11", "a[href^='/assessment/spot-checks/']", "spot check");
        as("dispatcher", "/console", "/console/overdue", "/console/map", "/console/screen");
        caseStates("dispatcher", filed, dispatched);
        as("handler", "/console", "/console/cases", "/assessment/inputs");
        caseStates("handler", dispatched, handled);
        as("leader", "/console", "/console/overview", "/console/overdue", "/console/assessment",
                "/console/assessment?period=2026-11&kind=DEPARTMENT", "/console/assessment/notice?period=2026-10",
                "/console/map", "/console/screen",
                "/assessment/inputs", "/console/cases?q=无障碍");
        caseStates("leader", dispatched, closed);
        firstLink("/console/assessment?period=2026-11&kind=DEPARTMENT", "a[href*='/console/assessment/cases']",
                "assessment drill-down");
        as("admin", "/admin", "/admin/grids", "/admin/catalog", "/admin/routing", "/admin/routing/test",
                "/admin/calendar", "/admin/calendar/calculate", "/admin/organization", "/admin/audit",
                "/admin/simulation", "/admin/assessment/formulas", "/assessment/inputs", "/console/cases",
                "/console/map", "/console/screen", "/account/password");
        firstLink("/admin/catalog", "a[href^='/admin/catalog/']", "catalogue class");
        firstLink("/admin/organization", "a[href^='/admin/organization/users/']", "staff member");
        firstLink("/admin/routing", "a[href^='/admin/routing?edit=']", "routing rule, editing");
        errors();
        logout();

        var phone = phone();
        login(phone, "inspector");
        check(phone, "phone: my tasks");
        phone.get(url("/m/cases/" + checking));
        waitFor(phone, By.id("case"));
        check(phone, "phone: task to check");
        phone.get(url("/m/report"));
        waitFor(phone, By.id("report-form"));
        check(phone, "phone: report");
        var search = waitFor(phone, By.id("condition-search"));
        search.sendKeys("暴露垃圾");
        waitFor(phone, By.cssSelector("#class-results [data-class-code='E0102']")).click();
        waitFor(phone, By.cssSelector("#condition-results [data-condition-code='E0102-01']"));
        check(phone, "phone: report, class and condition picker");
        phone.get(url("/m/spot-checks"));
        check(phone, "phone: spot checks");
        var grid = phone.findElements(By.cssSelector("a[href^='/m/spot-checks/']"));
        if (!grid.isEmpty()) {
            phone.get(grid.get(0).getAttribute("href"));
            check(phone, "phone: spot check grid");
        }
        phone.get(url("/m/cases/999999999"));
        check(phone, "phone: error page");
        logout(phone);

        var report = found.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  "));
        var rules = found.stream().map(Axe.Violation::rule).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(found).as(found.size() + " serious/critical violation(s) (" + rules + ") over " + states.size()
                + " page states:\n  " + report).isEmpty();
        assertThat(states).hasSizeGreaterThan(60);
        assertThat(withoutIcon).as("page states without a favicon link").isEmpty();
        for (var icon : List.of("/favicon.ico", "/img/favicon.svg", "/img/favicon-32.png", "/img/apple-touch-icon.png")) {
            var status = ((org.openqa.selenium.JavascriptExecutor) desktop()).executeAsyncScript(
                    "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status), e => done(String(e)))", url(icon));
            assertThat(status).as(icon).isEqualTo(200L);
        }
    }

    /** Logs in (leaving whoever was in) and checks the home page and each path given. */
    private void as(String username, String... paths) {
        var driver = desktop();
        if (!driver.findElements(By.cssSelector("form[action$='/logout'] button")).isEmpty()) {
            logout();
        }
        login(username);
        check(driver, username + ": home " + path(driver));
        for (var path : paths) {
            driver.get(url(path));
            check(driver, username + ": " + path);
        }
    }

    private void caseStates(String username, long... ids) {
        for (long id : ids) {
            desktop().get(url("/console/cases/" + id));
            var status = waitFor(By.id("case-header")).getAttribute("data-status");
            check(desktop(), username + ": case " + status);
        }
    }

    /** Opens the first link matching the selector on the current page, if any, and checks where it leads. */
    private void firstLink(String from, String selector, String what) {
        desktop().get(url(from));
        var links = desktop().findElements(By.cssSelector(selector));
        assertThat(links).as("a link to a " + what + " on " + desktop().getCurrentUrl()).isNotEmpty();
        desktop().get(links.get(0).getAttribute("href"));
        check(desktop(), "page of a " + what + " " + path(desktop()));
    }

    private void errors() {
        for (var path : List.of("/console/cases/999999999", "/admin/catalog/NOPE", "/console/assessment?period=nope",
                "/assessment/spot-checks/999999999", "/no-such-page")) {
            desktop().get(url(path));
            check(desktop(), "error page " + path);
        }
    }

    /** Waits for the page to have loaded (and its maps and charts to be drawn) and runs axe on it. */
    private void check(WebDriver driver, String state) {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        if (!driver.findElements(By.cssSelector(".leaflet-container, [id^='chart'], canvas")).isEmpty()) {
            settle();
        }
        states.add(state);
        found.addAll(Axe.violations(driver, state));
        if (driver.findElements(By.cssSelector("head link[rel~='icon']")).isEmpty()) {
            withoutIcon.add(state);
        }
    }

    private static String path(WebDriver driver) {
        var current = driver.getCurrentUrl();
        return current.substring(current.indexOf('/', "http://".length()));
    }
}
