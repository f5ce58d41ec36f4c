package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.ledger.PlaceTestSources.Answerables.chief;
import static org.urbangrid.assessment.ledger.PlaceTestSources.Answerables.keeper;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.assessment.ledger.PlaceTestSources;
import org.urbangrid.duty.Duty;

/**
 * The rankings per responsible person in the browser: with a test-only duty system answering where the cases lie,
 * the leader reads the road and river chiefs' ranking (names, scores, figures), opens the cases behind a chief's
 * 立案数, and reads the grid keepers' ranking in English; screenshots and an accessibility check of each.
 */
@Import(PlaceTestSources.class)
class PlaceRankingsBrowserTest extends BrowserTest {

    @Autowired
    PlaceTestSources.Answerables answerables;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void clear() {
        answerables.clear();
    }

    @Test
    void the_leader_reads_the_chiefs_and_keepers_rankings_and_the_cases_behind_a_chief() {
        // where ApiCases reports: the grid's centroid, as the JSON carries it
        var centre = grids.centroidOf(GRID);
        double lat = Double.parseDouble(String.format(Locale.ROOT, "%.7f", centre.latitude()));
        double lng = Double.parseDouble(String.format(Locale.ROOT, "%.7f", centre.longitude()));
        long handler = jdbc.sql("select id from staff where username = 'handler'").query(Long.class).single();
        answerables.put(lat, lng,
                chief("chief:br-1", Duty.CHIEF_STREET, "br-road", "黄浦路 (软件园路—七贤路)", "王建国", handler),
                chief("chief:br-2", Duty.CHIEF_COMMUNITY, "br-road", "黄浦路 (软件园路—七贤路)", "李海燕", null),
                keeper("keeper:br-1", GRID, "赵晓明", null));
        var cases = apiCases();
        long handled = cases.handled("黄浦路边暴露垃圾");
        long filed = cases.filed("黄浦路人行道堆物");
        var number = jdbc.sql("select case_number from cases where id = ?").param(filed).query(String.class).single();
        assertThat(handled).isNotEqualTo(filed);
        new PlaceLedger(jdbc).settle();

        login("leader");
        var driver = desktop();
        driver.get(url("/console/assessment?kind=CHIEF&period=2026-11"));
        waitFor(By.id("ranking-table"));
        var table = driver.findElement(By.id("ranking-table")).getText();
        assertThat(table).contains("王建国", "李海燕");
        assertThat(driver.findElement(By.id("tab-CHIEF")).getAttribute("class")).contains("active");
        assertThat(driver.findElement(By.id("tab-SEGMENT")).getText()).isEqualTo("路段/河段");
        assertThat(driver.findElement(By.id("tab-GRID_KEEPER")).getText()).isEqualTo("网格责任人");
        settle(); // the chart's bars grow in
        screenshot("assessment-chiefs");
        accessible(driver, "chiefs ranking");

        click(By.cssSelector("tr[data-subject='chief:br-1'] a[href*='indicator=FILED']"));
        waitFor(By.id("back-to-ranking"));
        click(By.cssSelector("a[href*='part=NUMERATOR']")); // a count has no shortfall: the cases counted
        waitFor(By.xpath("//*[contains(text(), '" + number + "')]"));
        assertThat(driver.getPageSource()).contains(number, "王建国");
        screenshot("assessment-chief-cases");
        accessible(driver, "cases behind a chief's figure");

        driver.get(url("/console/assessment?kind=GRID_KEEPER&period=2026-11&lang=en"));
        waitFor(By.id("ranking-table"));
        assertThat(driver.findElement(By.id("ranking-table")).getText()).contains("赵晓明");
        assertThat(driver.findElement(By.id("tab-CHIEF")).getText()).isEqualTo("Road and river chiefs");
        settle();
        screenshot("assessment-keepers-en");
        accessible(driver, "grid keepers ranking, English");
        driver.get(url("/console/assessment?kind=DEPARTMENT&lang=zh-CN"));
        logout();
    }

    /** Case events reach the ledger after commit: waits until every publication has been handled. */
    private record PlaceLedger(JdbcClient jdbc) {
        void settle() {
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single();
                if (open == 0) {
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            throw new AssertionError("case events not yet handled by the ledger");
        }
    }
}
