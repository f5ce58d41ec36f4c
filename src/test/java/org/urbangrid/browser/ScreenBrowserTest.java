package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The command-centre big screen on a 1920×1080 wall (and a 2560×1440 one): every panel inside the viewport, no
 * scrollbar, charts, map, league (from the live assessment) and ticker drawn, and a move made elsewhere shown
 * without a reload.
 */
class ScreenBrowserTest extends BrowserTest {

    @Test
    void the_big_screen_fills_a_wall_without_scrolling_and_follows_the_moves() {
        var cases = apiCases();
        for (int i = 0; i < 3; i++) {
            cases.inspectorReport("大屏:路口暴露垃圾" + i);
        }
        cases.accepted("大屏:绿化带暴露垃圾");
        cases.filed("大屏:人行道暴露垃圾");
        long urged = cases.dispatched("大屏:小区门口暴露垃圾");
        cases.dispatched("大屏:公交站暴露垃圾");
        cases.handled("大屏:河边暴露垃圾已清运");
        clock.advance(Duration.ofHours(3).plusMinutes(50));
        api.forgetTokens();
        cases.move("leader", urged, "urge", "{\"comment\":\"群众反映强烈,请今日办结\"}");

        wall(1920, 1080);
        login("leader");
        desktop().get(url("/console/screen"));
        waitFor(By.cssSelector("#league-body .s-note"));
        waitFor(By.cssSelector("#screen-map path.leaflet-interactive"));
        waitFor(By.cssSelector("#ticker .ticker-item"));
        waitFor(By.cssSelector("#chart-daily canvas"));
        new WebDriverWait(desktop(), WAIT).until(d -> !d.findElement(By.id("kpi-reported")).getText().equals("–"));
        settle();
        screenshot("70-big-screen-1920");
        accessible(desktop(), "big screen 1920");
        assertFits("1920×1080");
        assertThat(desktop().findElement(By.id("ticker")).getText()).contains("督办");
        assertThat(desktop().findElement(By.id("league-body")).getText()).contains("考核周期 2026-11");
        assertThat(desktop().findElements(By.cssSelector("#hot-list li[data-grid='" + GRID + "']"))).isNotEmpty();

        desktop().executeScript("window.screenMarker = 'still the same page';");
        long reported = Long.parseLong(desktop().findElement(By.id("kpi-reported")).getText().replace(",", ""));
        cases.inspectorReport("大屏:新上报的暴露垃圾");
        new WebDriverWait(desktop(), WAIT).until(d -> d.findElement(By.id("kpi-reported")).getText()
                .equals(Long.toString(reported + 1)));
        assertThat(desktop().executeScript("return window.screenMarker")).as("updated in place, no reload")
                .isEqualTo("still the same page");

        wall(2560, 1440);
        desktop().get(url("/console/screen?lang=en"));
        waitFor(By.cssSelector("#league-body .s-note"));
        waitFor(By.cssSelector("#chart-daily canvas"));
        settle();
        screenshot("71-big-screen-2560-en");
        assertFits("2560×1440");
        assertThat(desktop().findElement(By.cssSelector(".s-title h1")).getText()).isEqualTo("City Management Command Centre");
        assertThat(consoleErrors(desktop())).isEmpty();
        desktop().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void wall(int width, int height) {
        desktop().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private void assertFits(String wall) {
        var driver = desktop();
        Number scroll = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Number client = (Number) driver.executeScript("return document.documentElement.clientHeight");
        assertThat(scroll.longValue()).as(wall + ": no vertical scrolling").isLessThanOrEqualTo(client.longValue());
        Number wide = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) driver.executeScript("return document.documentElement.clientWidth");
        assertThat(wide.longValue()).as(wall + ": no horizontal scrolling").isLessThanOrEqualTo(clientWidth.longValue());
        Object outside = driver.executeScript("return [...document.querySelectorAll('.s-panel, .s-ticker, .kpi')]"
                + ".filter(e => e.getBoundingClientRect().bottom > window.innerHeight + 1"
                + " || e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.className)");
        assertThat((java.util.List<?>) outside).as(wall + ": panels outside the viewport").isEmpty();
        Object clipped = driver.executeScript("return [...document.querySelectorAll('#league-table, .kpi strong')]"
                + ".filter(e => { const p = e.closest('.s-panel, .kpi').getBoundingClientRect(); const r = e.getBoundingClientRect();"
                + " return r.bottom > p.bottom + 1; }).map(e => e.id || e.className)");
        assertThat((java.util.List<?>) clipped).as(wall + ": content cut off at the bottom of its panel").isEmpty();
    }
}
