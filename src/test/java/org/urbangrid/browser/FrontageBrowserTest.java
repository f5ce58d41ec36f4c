package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.FrontageUnits;

/**
 * 门前三包 in the browser: the register with its map of frontages (as an administrator, with the drawing map), the
 * demo's unit that failed three months running (flagged, its steps and ratings), and the public ratings on a phone.
 * Screenshots of each; axe-core on each.
 */
class FrontageBrowserTest extends BrowserTest {

    @Autowired
    FrontageUnits units;

    @Test
    void the_register_a_flagged_unit_and_the_public_ratings() {
        login("admin");
        var desk = desktop();
        desk.get(url("/console/frontage"));
        var map = waitFor(desk, By.cssSelector("#frontage-map"));
        new WebDriverWait(desk, WAIT).until(d -> map.getAttribute("data-loaded") != null);
        assertThat(Integer.parseInt(map.getAttribute("data-loaded"))).isGreaterThanOrEqualTo(30);
        assertThat(desk.findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(20);
        assertThat(desk.findElement(By.id("unit-table")).getText()).contains("取消资格");
        // draw a street line of three clicks on the drawing map: the form's hidden field holds it as GeoJSON
        var draw = desk.findElement(By.id("draw-map"));
        desk.executeScript("arguments[0].scrollIntoView({block:'center'})", draw);
        new org.openqa.selenium.interactions.Actions(desk).moveToElement(draw, -40, 0).click()
                .moveToElement(draw, 40, 10).click().perform();
        assertThat((String) desk.executeScript("return document.getElementById('unit-geometry').value"))
                .contains("LineString");
        desk.executeScript("window.scrollTo(0,0)");
        settle();
        screenshot(desk, "a0-frontage-register");
        accessible(desk, "frontage register");

        var failing = units.search("鑫隆烧烤店", null, null, false, null, 1).stream().findFirst().orElseThrow();
        desk.get(url("/console/frontage/units/" + failing.id()));
        waitFor(desk, By.id("unit-flagged"));
        var unitMap = waitFor(desk, By.id("unit-map"));
        new WebDriverWait(desk, WAIT).until(d -> unitMap.getAttribute("data-loaded") != null);
        assertThat(desk.findElements(By.cssSelector("#rating-table tr.rating-failed"))).hasSize(3);
        assertThat(desk.findElement(By.id("step-table")).getText()).contains("处罚", "书面告知", "劝阻");
        assertThat(desk.findElement(By.id("next-step")).getText()).contains("处罚");
        settle();
        fullPageScreenshot("a1-frontage-unit");
        accessible(desk, "frontage unit page");

        desk.get(url("/console/frontage/contracts"));
        waitFor(desk, By.id("renewal-table"));
        assertThat(desk.findElements(By.cssSelector("#renewal-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        screenshot(desk, "a2-frontage-renewals");
        accessible(desk, "frontage renewals");

        var phone = phone();
        phone.get(url("/public/frontage"));
        waitFor(phone, By.id("public-ratings"));
        var text = phone.findElement(By.id("public-ratings")).getText();
        assertThat(text).contains("鑫隆烧烤店", "不合格", "个体工商户");
        assertThat(phone.getPageSource()).doesNotContain(failing.contactPhone());
        settle();
        screenshot(phone, "a3-frontage-public-phone");
        accessible(phone, "public frontage ratings (phone)");
        assertThat(units.find(failing.id()).map(FrontageUnit::active)).contains(true);
    }
}
