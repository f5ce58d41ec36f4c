package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public board and the suggestion box on a phone-sized window (375×812), Chinese then English: the figures, the
 * map on our own base map with the case points, the lists; a suggestion sent with the browser's proof of work to
 * its code page. Screenshots of each state; axe-core on each.
 */
class BoardBrowserTest extends BrowserTest {

    @Test
    void the_board_on_a_phone() {
        var cases = apiCases();
        long closed = cases.handled("曝光台浏览器:已处置的垃圾");
        cases.move("operator", closed, "send-to-check", null);
        cases.move("inspector", closed, "check-pass", "{\"photoIds\":[\"" + cases.photo("inspector", "after") + "\"]}");
        cases.move("shiftleader", closed, "close", null);
        cases.dispatched("曝光台浏览器:处置中");

        var phone = phone();
        phone.get(url("/public/board"));
        waitFor(phone, By.id("street-figures"));
        var map = waitFor(phone, By.cssSelector("#board-map[data-case-points]"));
        new WebDriverWait(phone, WAIT).until(d -> !"error".equals(map.getAttribute("data-case-points"))
                && Integer.parseInt(map.getAttribute("data-case-points")) >= 2);
        new WebDriverWait(phone, WAIT).until(d -> map.getAttribute("data-base-loaded") != null);
        assertThat(phone.findElement(By.id("street-figures")).getText()).contains("凌水街道", "样本不足");
        assertThat(phone.findElements(By.cssSelector("#closed .b-card"))).isNotEmpty();
        long width = ((Number) phone.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(375);
        settle();
        screenshot(phone, "90-board-phone");
        accessible(phone, "public board (phone)");
        phone.executeScript("document.getElementById('map-section').scrollIntoView()");
        settle();
        screenshot(phone, "91-board-phone-map");

        click(phone, By.id("lang-switch"));
        waitForText(phone, By.tagName("h1"), "Public board");
        screenshot(phone, "92-board-phone-en");
        accessible(phone, "public board in English (phone)");
        click(phone, By.id("lang-switch"));
        waitForText(phone, By.tagName("h1"), "曝光台");

        phone.findElement(By.cssSelector("#closed .b-number")).click();
        waitFor(phone, By.className("b-timeline"));
        screenshot(phone, "93-board-phone-case");
        accessible(phone, "public case page (phone)");
    }

    @Test
    void a_suggestion_from_a_phone() {
        var phone = phone();
        phone.get(url("/public/suggestions"));
        waitFor(phone, By.id("suggestion-form"));
        screenshot(phone, "94-suggestions-phone");
        accessible(phone, "suggestion box (phone)");
        phone.findElement(By.id("text")).sendKeys("建议在黄浦路公交站旁增设垃圾桶");
        phone.findElement(By.id("phone")).sendKeys("13800001111");
        phone.findElement(By.id("suggestion-send")).click();
        var code = waitFor(phone, By.id("suggestion-code"));
        new WebDriverWait(phone, Duration.ofSeconds(30)).until(d -> code.getText().matches("[2-9A-Z]{10}"));
        assertThat(phone.findElement(By.id("suggestion-status")).getText()).isEqualTo("待答复");
        assertThat(phone.getPageSource()).doesNotContain("13800001111");
        screenshot(phone, "95-suggestion-phone-code");
        accessible(phone, "suggestion code page (phone)");
    }
}
