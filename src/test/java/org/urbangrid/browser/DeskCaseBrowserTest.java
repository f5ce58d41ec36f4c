package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The desk case page at a duty officer's 1366×768 screen: the primary move (and its button) above the fold for
 * the dispatcher and the handler, the closed summary, the overview; the keyboard shortcuts and their help dialog.
 * Screenshots: {@code target/screenshots/7x-*.png}.
 */
class DeskCaseBrowserTest extends BrowserTest {

    @BeforeEach
    void laptopScreen() {
        desktop().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1366, "height", 768,
                "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void usualScreen() {
        desktop().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        if (!desktop().findElements(By.cssSelector("form[action$='/logout'] button")).isEmpty()) {
            logout();
        }
    }

    private void open(long id) {
        desktop().get(url("/console/cases/" + id));
        waitFor(By.id("case-header"));
    }

    /** The element's bottom edge lies inside the 768 px viewport without scrolling. */
    private void aboveTheFold(By by) {
        WebElement element = waitFor(by);
        double bottom = ((Number) desktop().executeScript(
                "window.scrollTo(0, 0); return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
        long height = ((Number) desktop().executeScript("return window.innerHeight")).longValue();
        assertThat(height).isEqualTo(768);
        assertThat(bottom).as(by + " above the fold").isPositive().isLessThanOrEqualTo(height);
    }

    @Test
    void the_primary_move_is_above_the_fold_for_dispatcher_and_handler_and_a_closed_case_sums_up() {
        var cases = apiCases();
        long pending = cases.filed("1366×768:派遣在首屏");
        long dispatched = cases.dispatched("1366×768:处置在首屏");
        long closed = cases.handled("1366×768:结案小结");
        cases.move("operator", closed, "send-to-check", null);
        cases.move("inspector", closed, "check-pass", "{\"photoIds\":[\"" + cases.photo("inspector", "check") + "\"]}");
        cases.move("shiftleader", closed, "close", null);

        login("dispatcher");
        open(pending);
        aboveTheFold(By.id("move-DISPATCH"));
        aboveTheFold(By.id("move-next-DISPATCH"));
        assertThat(desktop().findElement(By.id("more-moves")).getAttribute("open")).isNull();
        settle();
        screenshot("70-dispatcher-case-1366x768");
        logout();

        login("handler");
        open(dispatched);
        aboveTheFold(By.id("move-REPORT_HANDLED"));
        assertThat(desktop().findElements(By.id("move-next-REPORT_HANDLED"))).isEmpty();
        settle();
        screenshot("71-handler-case-1366x768");
        logout();

        login("leader");
        open(closed);
        aboveTheFold(By.id("case-summary"));
        assertThat(desktop().findElement(By.id("summary-rework")).getText()).isEqualTo("0 次");
        settle();
        screenshot("72-closed-case-1366x768");
        desktop().get(url("/console/overview"));
        waitFor(By.cssSelector("#overview-chart canvas"));
        settle();
        screenshot("73-overview-1366x768");
        fullPageScreenshot("74-overview-full");
        assertThat(consoleErrors(desktop())).isEmpty();
    }

    @Test
    void the_queue_and_the_case_answer_to_the_keyboard_and_the_help_lists_the_keys() {
        var cases = apiCases();
        cases.filed("快捷键:第一件");
        cases.filed("快捷键:第二件");
        login("dispatcher");
        waitFor(By.cssSelector("#queue-table tbody tr[data-case-id]"));
        var keys = new Actions(desktop());
        // ? opens the help, as a modal dialog; Esc closes it and gives the focus back.
        var link = waitFor(By.cssSelector("#queue .shortcuts-link"));
        link.click();
        var help = waitFor(By.id("shortcuts"));
        assertThat(help.getAttribute("open")).isNotNull();
        assertThat(help.getAttribute("role")).isEqualTo("dialog");
        assertThat(help.getAttribute("aria-modal")).isEqualTo("true");
        assertThat(help.getText()).contains("快捷键", "j", "g", "主操作");
        screenshot("75-shortcuts-help");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(help.getAttribute("open")).isNull();
        assertThat(desktop().switchTo().activeElement()).isEqualTo(link);

        desktop().findElement(By.tagName("body")).click();
        keys.sendKeys("?").perform();
        assertThat(help.getAttribute("open")).isNotNull();
        keys.sendKeys(Keys.ESCAPE).perform();

        // j selects the first row, j again the second, k back to the first; Enter opens it.
        keys.sendKeys("j").perform();
        var rows = desktop().findElements(By.cssSelector("#queue-table tbody tr[data-case-id]"));
        assertThat(rows.get(0).getAttribute("class")).contains("selected");
        keys.sendKeys("j").perform();
        assertThat(rows.get(1).getAttribute("class")).contains("selected");
        keys.sendKeys("k").perform();
        assertThat(rows.get(0).getAttribute("class")).contains("selected");
        String first = rows.get(0).getAttribute("data-case-id");
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(By.id("case-header"));
        assertThat(desktop().getCurrentUrl()).endsWith("/console/cases/" + first);

        // p goes to the primary move's first field; typing there is not a shortcut.
        keys.sendKeys("p").perform();
        var focused = desktop().switchTo().activeElement();
        assertThat(focused.findElement(By.xpath("./ancestor::div[@id='primary-move']"))).isNotNull();
        keys.sendKeys(waitFor(By.id("comment-DISPATCH")), "gq").perform();
        assertThat(desktop().getCurrentUrl()).endsWith("/console/cases/" + first);
        assertThat(waitFor(By.id("comment-DISPATCH")).getAttribute("value")).isEqualTo("gq");
        // m unfolds 更多操作; g q goes back to the queue.
        desktop().findElement(By.id("case-number")).click();
        keys.sendKeys("m").perform();
        assertThat(desktop().findElement(By.id("more-moves")).getAttribute("open")).isNotNull();
        desktop().findElement(By.id("case-number")).click();
        keys.sendKeys("g").sendKeys("q").perform();
        waitFor(By.id("queue"));
        assertThat(desktop().getCurrentUrl()).endsWith("/console");
    }
}
