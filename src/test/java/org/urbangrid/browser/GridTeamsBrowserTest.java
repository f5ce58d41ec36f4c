package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.urbangrid.support.Api;

/**
 * The grid-team pages as an administrator (a community's 网区, teams and chain; a refused import's report; the letters
 * to renew; English) and the chain-urge page as a leader (everyone answerable at a case, two urged, the list of urges).
 * Screenshots of each state; axe-core on each.
 */
class GridTeamsBrowserTest extends BrowserTest {

    @Test
    void the_administrator_sees_a_communitys_zones_teams_and_chain_and_a_refused_import() throws Exception {
        var driver = desktop();
        login("admin");
        try {
            driver.get(url("/console/grid-teams?community=210231001001"));
            waitFor(By.id("team-table"));
            assertThat(driver.findElement(By.id("zones")).getText()).contains("第1网区", "城市管理局");
            assertThat(driver.findElement(By.id("chain")).getText()).contains("区包街道", "街道包社区");
            assertThat(driver.findElements(By.cssSelector("#grid-210231001001001 .gt-person"))).hasSize(6);
            screenshot("gt-01-admin-teams");
            fullPageScreenshot("gt-01-admin-teams-full");
            accessible(driver, "grid teams (admin)");

            var file = Files.createTempFile("teams", ".csv");
            Files.writeString(file, "place,duty,name,phone,since\n210231001001001,网格责任人,甲,139,2026-11-25\n"
                    + "210231001001,社区民警,乙,,2026-11-25\n210231001001002,门卫,丙,,昨天\n", StandardCharsets.UTF_8);
            driver.findElement(By.id("import-file")).sendKeys(file.toString());
            click(By.id("import-submit"));
            waitFor(By.id("import-problems"));
            assertThat(driver.findElements(By.cssSelector(".import-problem")).size()).isGreaterThanOrEqualTo(4);
            driver.executeScript("document.getElementById('import').scrollIntoView()");
            screenshot("gt-02-import-refused");
            accessible(driver, "grid teams import report");

            driver.get(url("/console/grid-teams/letters"));
            waitFor(By.id("letter-table"));
            assertThat(driver.findElement(By.id("letter-table")).getText()).contains("已到期", "区包街道");
            screenshot("gt-03-letters");
            accessible(driver, "letters to renew");

            driver.get(url("/console/grid-teams?community=210231001001&lang=en"));
            waitForText(driver, By.tagName("h1"), "Grid teams");
            screenshot("gt-04-admin-teams-en");
            accessible(driver, "grid teams in English");
            assertThat(consoleErrors(driver)).as("grid-team pages script errors").isEmpty();
        } finally {
            driver.get(url("/console/grid-teams?lang=zh-CN"));
            logout();
        }
    }

    @Test
    void a_leader_urges_along_the_chain_on_a_case() {
        var point = grids.centroidOf("210231001001005");
        var report = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"address\":\"凌水路 88 号\","
                        + "\"description\":\"市民来电:路边垃圾三天没人清\"}", point.latitude(), point.longitude()));
        assertThat(report).as(Api.body(report)).hasStatus(201);
        long id = ((Number) Api.read(report, "$.id")).longValue();
        var driver = desktop();
        login("leader");
        try {
            driver.get(url("/console/cases/" + id + "/chain"));
            waitFor(By.id("answerable-list"));
            var list = driver.findElement(By.id("answerable-list")).getText();
            assertThat(list).contains("网格责任人", "保洁员", "网区督导单位", "网区包扶领导", "区包街道");
            screenshot("gt-05-chain-urge");
            accessible(driver, "chain urge page");
            driver.findElement(By.cssSelector("li[data-duty='GRID_KEEPER'] input")).click();
            driver.findElement(By.cssSelector("li[data-duty='ZONE_LEADER'] input")).click();
            driver.findElement(By.id("urge-message")).sendKeys("垃圾三天未清运,请今天处理并回复");
            click(By.id("urge-submit"));
            waitFor(By.id("urge-table"));
            assertThat(driver.findElements(By.cssSelector(".urge-row"))).hasSize(2);
            assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("2");
            screenshot("gt-06-chain-urged");
            driver.executeScript("document.getElementById('urges').scrollIntoView()");
            screenshot("gt-07-chain-urges-listed");
            accessible(driver, "chain urge page after urging");
        } finally {
            logout();
        }
    }
}
