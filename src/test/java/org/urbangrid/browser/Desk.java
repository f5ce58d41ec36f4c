package org.urbangrid.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The desk console (/console…) as a person uses it: queue rows, the case page and its move forms. */
final class Desk {

    private final WebDriver driver;

    Desk(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for the case's row in my queue (the home page) and opens it. */
    void openFromQueue(long caseId) {
        click(By.cssSelector("tr[data-case-id='" + caseId + "'] a.case-link"));
        waitFor(By.id("case-header"));
    }

    /**
     * Submits a move form of the case page (confirming when asked) and waits for the case to reach a status. A move
     * that is not the page's primary one is under 更多操作 and is unfolded first, as a person would.
     */
    void move(String move, String expectedStatus) {
        var button = By.id("move-" + move);
        reveal(button);
        var element = wait(BrowserTest.WAIT).until(ExpectedConditions.elementToBeClickable(button));
        var confirm = element.findElement(By.xpath("./ancestor::form")).getAttribute("data-confirm");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        if (confirm != null && !confirm.isBlank()) {
            wait(BrowserTest.WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        }
        try {
            waitFor(By.cssSelector("#case-header[data-status='" + expectedStatus + "']"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(move + " did not reach " + expectedStatus + ": " + whatThePageSays(), e);
        }
    }

    /** Where the browser is and what it shows: URL, the case's status and any flash, for a failure's message. */
    String whatThePageSays() {
        var status = driver.findElements(By.id("case-header")).stream().map(h -> h.getAttribute("data-status"))
                .findFirst().orElse("(no case header)");
        var flashes = driver.findElements(By.cssSelector(".flash")).stream().map(WebElement::getText).toList();
        return "url=" + driver.getCurrentUrl() + " status=" + status + " flashes=" + flashes + " title="
                + driver.getTitle();
    }

    void comment(String move, String text) {
        type(By.id("comment-" + move), text);
    }

    /** The move the case page leads with (its primary move), or null when none leads. */
    String primaryMove() {
        return driver.findElements(By.id("primary-move")).stream().map(e -> e.getAttribute("data-move")).findFirst()
                .orElse(null);
    }

    /** Opens 更多操作 when the element is folded inside it (clicking its summary). */
    void reveal(By by) {
        var element = waitFor(by);
        var details = element.findElements(By.xpath("./ancestor::details[not(@open)]"));
        for (var d : details) {
            d.findElement(By.tagName("summary")).click();
        }
    }

    void choose(By select, String visibleTextPart) {
        reveal(select);
        var options = new Select(waitFor(select));
        var option = options.getOptions().stream().filter(o -> o.getText().contains(visibleTextPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with '" + visibleTextPart + "' in " + select));
        options.selectByVisibleText(option.getText());
    }

    String selected(By select) {
        return new Select(waitFor(select)).getFirstSelectedOption().getText();
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    /** The moves of the case's history, oldest first, as the timeline shows them. */
    List<String> timelineMoves() {
        return driver.findElements(By.cssSelector("#timeline li")).stream().map(li -> li.getAttribute("data-move")).toList();
    }

    void type(By by, String text) {
        reveal(by);
        var element = waitFor(by);
        element.clear();
        element.sendKeys(text);
    }

    void click(By by) {
        var element = wait(BrowserTest.WAIT).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    WebElement waitFor(By by) {
        return wait(BrowserTest.WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
