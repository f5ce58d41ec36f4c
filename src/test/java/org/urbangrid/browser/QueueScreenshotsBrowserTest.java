package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.support.Api;

/**
 * The desk lists at 1366×768 (a duty officer's laptop): the operator's and the dispatcher's queues with their tabs,
 * sort links, batch button and export, and the search page with a keyword; written to {@code target/screenshots/}.
 */
class QueueScreenshotsBrowserTest extends BrowserTest {

    @Test
    void queues_and_search_at_1366_by_768() {
        var cases = apiCases();
        var descriptions = new String[] {"凌水路与软件园路口暴露垃圾一堆", "绿化带内堆放建筑垃圾", "公交站旁垃圾桶满溢",
                "人行道上有大件废弃家具", "小区门口散落生活垃圾", "河边步道垃圾未清运"};
        for (int i = 0; i < descriptions.length; i++) {
            long id = cases.inspectorReport(descriptions[i]);
            if (i % 3 == 1) {
                cases.move("operator", id, "accept", null);
                cases.move("shiftleader", id, "file", null);
            } else if (i % 3 == 2) {
                cases.move("operator", id, "accept", null);
                cases.move("shiftleader", id, "file", null);
                cases.move("dispatcher", id, "dispatch", null);
            }
        }
        var other = grids.ofLevel(GridLevel.UNIT).stream().map(g -> g.code()).filter(c -> !c.startsWith("210231001"))
                .findFirst().orElseThrow();
        for (var text : new String[] {"市民来电:小区门口垃圾没人清", "市民来电:路灯夜间不亮", "市民来电:井盖松动有异响"}) {
            var point = grids.centroidOf(other);
            var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                    "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"description\":\"%s\"}",
                    point.latitude(), point.longitude(), text));
            assertThat(result).as(Api.body(result)).hasStatus(201);
        }

        desktop().manage().window().setSize(new Dimension(1366, 768));
        login("operator");
        // 1366×768 of page, not of window: add what the browser's own frame takes.
        long frame = ((Number) desktop().executeScript("return window.outerHeight - window.innerHeight")).longValue();
        desktop().manage().window().setSize(new Dimension(1366, 768 + (int) frame));
        desktop().navigate().refresh();
        waitFor(By.id("queue-tabs"));
        assertThat(desktop().findElements(By.cssSelector("#queue-table input[name='ids']"))).isNotEmpty();
        assertThat(desktop().findElement(By.id("batch-submit")).getRect().getY()).as("batch button above the fold")
                .isLessThan(768);
        screenshot("30-operator-queue-1366x768");
        desktop().get(url("/console?sort=STREET"));
        waitFor(By.cssSelector("#queue-sorts a.active[data-sort='STREET']"));
        screenshot("31-operator-queue-by-street-1366x768");
        logout();

        login("dispatcher");
        waitFor(By.cssSelector("#queue-table td[data-col='suggested']"));
        screenshot("32-dispatcher-queue-1366x768");
        desktop().get(url("/console/cases?q=垃圾"));
        waitFor(By.id("search-keyword"));
        screenshot("33-search-keyword-1366x768");
        assertThat(consoleErrors(desktop())).as("script errors").isEmpty();
        logout();
    }
}
