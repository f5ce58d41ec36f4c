package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.urbangrid.console.web.TestAnswerables;
import org.urbangrid.support.Api;

/**
 * 谁来负责 as people see it: the panel on a leader's case page (with the link to urge along the chain), on the grid map
 * for a grid chosen by its code, and on the inspector's phone (390×844) at the spot just located and on the task page.
 * The people are the test-only {@link TestAnswerables} of {@link TestAnswerables#GRID}.
 */
class WhoAnswersBrowserTest extends BrowserTest {

    private static final String GRID = TestAnswerables.GRID;

    private long reportedInTestGrid() {
        var point = grids.centroidOf(GRID);
        var photo = mvcPhoto();
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\","
                + String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude())
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"便利店门前暴露垃圾\",\"photoIds\":[\"" + photo + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    private String mvcPhoto() {
        return apiCases().photo("inspector", "who-answers");
    }

    @Test
    void the_case_page_shows_who_answers_and_a_leader_urges_along_the_chain() {
        long id = reportedInTestGrid();
        login("leader");
        desktop().get(url("/console/cases/" + id));
        var panel = waitFor(By.id("who-answers"));
        var rows = panel.findElements(By.cssSelector("li.answerable"));
        assertThat(rows.stream().map(r -> r.getAttribute("data-key")).toList())
                .containsSubsequence("unit:9101", "chief:9101", "keeper:9101", "zone:9101", "chain:9102", "chain:9101");
        assertThat(panel.getText()).contains("谁来负责", "测试便利店", "10 天内到期", "已过期", "社区包楼院");
        assertThat(panel.findElement(By.cssSelector("[data-key='unit:9101'] a.answer-phone")).getAttribute("href"))
                .isEqualTo("tel:13900009001");
        var urge = panel.findElement(By.id("urge-chain"));
        assertThat(urge.getAttribute("href")).endsWith("/console/cases/" + id + "/chain");
        scrollTo(desktop(), panel);
        accessible(desktop(), "case page with who answers");
        fullPageScreenshot("90-who-answers-case-page");
        assertThat(consoleErrors(desktop())).isEmpty();
        logout();
    }

    @Test
    void the_grid_map_shows_who_answers_for_a_chosen_grid() {
        login("dispatcher");
        desktop().get(url("/console/map"));
        waitFor(By.cssSelector("#grid-map .leaflet-pane"));
        var code = waitFor(By.id("grid-choose-code"));
        code.sendKeys(GRID);
        click(By.id("grid-choose-go"));
        var panel = waitFor(By.cssSelector("#grid-answers #who-answers"));
        assertThat(panel.getAttribute("data-whole-grid")).isEqualTo("true");
        assertThat(panel.getText()).contains("整个网格的责任人", "测试便利店", TestAnswerables.SECOND_UNIT, "测试路长丁");
        assertThat(desktop().getCurrentUrl()).endsWith("/console/map"); // the fragment came in place, no page load
        accessible(desktop(), "grid map with who answers");
        fullPageScreenshot("91-who-answers-grid-map");
        assertThat(consoleErrors(desktop())).isEmpty();
        logout();
    }

    @Test
    void the_phone_shows_who_answers_at_the_located_spot_and_on_the_task_page() {
        long id = reportedInTestGrid();
        var phone = phone();
        login(phone, "inspector");
        standAt(phone, grids.centroidOf(GRID));
        try {
            phone.get(url("/m/report"));
            at390(phone);
            click(phone, By.id("use-gps"));
            var panel = waitFor(phone, By.cssSelector("#spot-answers #who-answers"));
            assertThat(panel.getText()).contains("谁来负责", "测试便利店", TestAnswerables.UNIT_PHONE)
                    .doesNotContain(TestAnswerables.SECOND_UNIT);
            assertThat(panel.getSize().getWidth()).isLessThanOrEqualTo(390);
            scrollTo(phone, panel);
            accessible(phone, "phone report with who answers");
            screenshot(phone, "92-who-answers-phone-report");

            phone.get(url("/m/cases/" + id));
            at390(phone);
            var onCase = waitFor(phone, By.id("who-answers"));
            assertThat(onCase.findElement(By.cssSelector("[data-key='keeper:9101'] a.answer-phone")).getAttribute("href"))
                    .isEqualTo("tel:041188880002");
            scrollTo(phone, onCase);
            accessible(phone, "phone case page with who answers");
            screenshot(phone, "93-who-answers-phone-case");
            assertThat(consoleErrors(phone)).isEmpty();
        } finally {
            phone.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            logout(phone);
        }
    }

    /** The phone as a 390×844 one (the emulation's own 375 px is set again on each page, so after it loaded). */
    private static void at390(org.openqa.selenium.chrome.ChromeDriver phone) {
        phone.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 2, "mobile", true));
        assertThat(((Number) phone.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }
}
