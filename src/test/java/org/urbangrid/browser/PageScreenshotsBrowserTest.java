package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Pictures of the main pages as each role sees them, written to {@code target/screenshots/}; the cases in the
 * queues are prepared through the API. Each page must render with its top bar and without a script error.
 */
class PageScreenshotsBrowserTest extends BrowserTest {

    @Test
    void main_pages_as_each_role_sees_them() {
        var cases = apiCases();
        cases.inspectorReport("截图:凌水路口暴露垃圾");
        cases.accepted("截图:绿化带内暴露垃圾");
        cases.filed("截图:人行道暴露垃圾");
        cases.filed("截图:公交站旁暴露垃圾");
        cases.dispatched("截图:小区门口暴露垃圾");
        long handled = cases.handled("截图:河边暴露垃圾已清运");
        long checking = cases.handled("截图:广场暴露垃圾待核查");
        cases.move("operator", checking, "send-to-check", null);

        desktop().get(url("/login"));
        screenshot("01-login");
        home("operator", "10-operator-queue");
        page("/console/intake/new", "11-operator-intake");
        home("shiftleader", "12-shiftleader-queue");
        home("dispatcher", "13-dispatcher-queue");
        page("/console/overdue", "13-dispatcher-overdue");
        page("/console/map", "16-grid-map");
        waitFor(By.cssSelector("#grid-map path.leaflet-interactive, [data-map='grids'] path.leaflet-interactive"));
        screenshot("16-grid-map");
        home("handler", "14-handler-queue");
        home("leader", "15-leader-home");
        settle(); // the overview's charts grow in an animation
        screenshot("15-leader-home");
        page("/console/assessment?period=2026-11&kind=DEPARTMENT", "17-assessment-rankings");
        settle();
        fullPageScreenshot("17-assessment-rankings");
        desktop().get(url("/console/assessment/notice?period=2026-10"));
        waitFor(By.cssSelector("h1"));
        fullPageScreenshot("18-assessment-notice");
        assertThat(consoleErrors(desktop())).as("notice script errors").isEmpty();
        page("/console/cases/" + handled, "21-case-page");
        waitFor(By.cssSelector("#case-map path.leaflet-interactive"));
        fullPageScreenshot("21-case-page");
        page("/console/cases", "22-case-search");
        home("admin", "60-admin-home");
        page("/admin/grids", "61-admin-grids");
        logout();

        login(phone(), "inspector");
        waitFor(phone(), By.cssSelector(".m-task[data-case-id='" + checking + "']"));
        screenshot(phone(), "50-phone-tasks");
        accessible(phone(), "50-phone-tasks");
        phone().get(url("/m/report"));
        waitFor(phone(), By.id("report-form"));
        screenshot(phone(), "51-phone-report");
        accessible(phone(), "51-phone-report");
        phone().get(url("/m/cases/" + checking));
        waitFor(phone(), By.id("case"));
        screenshot(phone(), "52-phone-task");
        accessible(phone(), "52-phone-task");
    }

    private void home(String username, String name) {
        if (!desktop().findElements(By.cssSelector("form[action$='/logout'] button")).isEmpty()) {
            logout();
        }
        login(username);
        shown(desktop(), name);
    }

    private void page(String path, String name) {
        desktop().get(url(path));
        shown(desktop(), name);
    }

    private void shown(WebDriver driver, String name) {
        waitFor(driver, By.cssSelector("main"));
        assertThat(driver.findElements(By.cssSelector("header.topbar .who"))).as(name + " has the top bar").isNotEmpty();
        screenshot(driver, name);
        assertThat(consoleErrors(driver)).as(name + " script errors").isEmpty();
        accessible(driver, name);
    }
}
