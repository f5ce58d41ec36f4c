package org.urbangrid.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The inspector's phone pages (/m…): the report form with its outbox, the task list and a task's move forms. */
final class Phone {

    static final Duration WAIT = BrowserTest.WAIT;

    private final WebDriver driver;

    Phone(WebDriver driver) {
        this.driver = driver;
    }

    /** Fills the new-report form: photo, GPS position (must land in my area), condition found by search, description. */
    void fillReport(Path photo, String search, String classCode, String conditionCode, String description) {
        click(By.id("tab-report"));
        waitFor(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("use-gps"));
        wait(WAIT).until(ExpectedConditions.attributeToBe(By.id("where"), "data-state", "in"));
        var search1 = waitFor(By.id("condition-search"));
        search1.sendKeys(search);
        click(By.cssSelector("#class-results [data-class-code='" + classCode + "']"));
        click(By.cssSelector("#condition-results [data-condition-code='" + conditionCode + "']"));
        wait(WAIT).until(ExpectedConditions.attributeToBe(By.id("condition-code"), "value", conditionCode));
        waitFor(By.id("description")).sendKeys(description);
    }

    void send() {
        click(By.id("send"));
    }

    /** The number of reports kept on the phone, as the outbox panel shows it. */
    int waiting() {
        return Integer.parseInt(waitFor(By.id("outbox-count")).getText().trim());
    }

    /** Presses "resend now"; a script click, as the button hides itself once the outbox has emptied on its own. */
    void resendNow() {
        ((JavascriptExecutor) driver).executeScript("const b = document.getElementById('resend'); if (b) b.click();");
    }

    void waitUntilWaiting(int count) {
        wait(WAIT).until(ExpectedConditions.textToBe(By.id("outbox-count"), String.valueOf(count)));
    }

    /** After a successful send: the id of the new case from the result's link to it. */
    long reportedCaseId() {
        var link = wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-result a.case-link")));
        var href = link.getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    String resultText() {
        return waitFor(By.id("report-result")).getText();
    }

    /** Opens a task from My tasks and submits one of its moves with a photo and a comment. */
    void doTask(long caseId, String move, Path photo, String comment) {
        click(By.id("tab-tasks"));
        click(By.cssSelector(".m-task[data-case-id='" + caseId + "']"));
        waitFor(By.id("photo-" + move)).sendKeys(photo.toAbsolutePath().toString());
        waitFor(By.id("comment-" + move)).sendKeys(comment);
        var button = waitFor(By.id("submit-" + move));
        var confirm = button.findElement(By.xpath("./ancestor::form")).getAttribute("data-confirm");
        click(By.id("submit-" + move));
        if (confirm != null && !confirm.isBlank()) {
            wait(WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        }
        wait(WAIT).until(ExpectedConditions.stalenessOf(button));
    }

    void click(By by) {
        var element = wait(WAIT).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    WebElement waitFor(By by) {
        return wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }
}
