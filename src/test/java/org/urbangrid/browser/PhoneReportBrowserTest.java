package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone's report form as an inspector uses it at 375 px: photos as thumbnails, each removable by its own
 * named button; each error beside its field (also for a report the server refused after it waited on the phone);
 * a clean form after sending; 我的上报; and the pages opening without signal once visited.
 */
class PhoneReportBrowserTest extends BrowserTest {

    @Test
    void thumbnails_can_be_removed_errors_sit_beside_their_fields_and_sending_resets_the_form() {
        var phone = new Phone(phone());
        login(phone(), "inspector");
        consoleErrors(phone()); // only this test's messages count below
        phone.click(By.id("tab-report"));
        var input = phone.waitFor(By.id("photo"));
        input.sendKeys(photoFile("first").toAbsolutePath().toString());
        input.sendKeys(photoFile("second").toAbsolutePath().toString());
        waitForCount(By.cssSelector("#photo-thumbs li"), 2);
        assertThat(attributes(By.cssSelector("#photo-thumbs button"), "aria-label")).containsExactly("删除照片 1", "删除照片 2");
        assertThat(attributes(By.cssSelector("#photo-thumbs img"), "alt")).containsExactly("现场照片 1", "现场照片 2");
        assertThat(phone().findElement(By.id("camera")).getText()).contains("拍照");

        phone.click(By.cssSelector("#photo-thumbs li:first-child button"));
        waitForCount(By.cssSelector("#photo-thumbs li"), 1);

        phone.send(); // no position, condition or description yet
        for (var field : List.of("position", "condition", "description")) {
            var error = waitFor(phone(), By.id(field + "-error"));
            assertThat(error.findElement(By.xpath("./ancestor::fieldset")).getAttribute("id")).isEqualTo(field + "-field");
        }
        assertThat(phone().findElement(By.id("description-error")).getText()).isEqualTo("请填写问题描述。");
        var description = phone().findElement(By.id("description"));
        assertThat(description.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(description.getAttribute("aria-describedby")).contains("description-error");
        assertThat(phone().findElement(By.id("condition-search")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phone().findElement(By.id("photo-error")).isDisplayed()).isFalse();
        phone().executeScript("document.getElementById('photo-field').scrollIntoView()");
        screenshot(phone(), "53-phone-report-thumbnails-errors");

        phone.click(By.id("use-gps"));
        new WebDriverWait(phone(), WAIT).until(ExpectedConditions.attributeToBe(By.id("where"), "data-state", "in"));
        phone.waitFor(By.id("condition-search")).sendKeys("bllj");
        phone.click(By.cssSelector("#class-results [data-class-code='E0102']"));
        phone.click(By.cssSelector("#condition-results [data-condition-code='E0102-01']"));
        assertThat(phone().findElement(By.id("condition-error")).isDisplayed()).isFalse();
        description.sendKeys("缩略图测试:路边垃圾 " + System.nanoTime());
        phone.send();
        long caseId = phone.reportedCaseId();
        assertThat(org.urbangrid.support.Api.<Integer>read(api.get("leader", "/api/cases/{id}", caseId),
                "$.history[0].photoIds.length()")).isEqualTo(1);

        assertThat(phone().findElements(By.cssSelector("#photo-thumbs li"))).isEmpty();
        assertThat(phone().findElements(By.cssSelector("#class-results *, #condition-results *"))).isEmpty();
        assertThat(value("condition-code")).isEmpty();
        assertThat(value("condition-search")).isEmpty();
        assertThat(value("description")).isEmpty();
        assertThat(value("latitude")).isEmpty();
        assertThat(phone().findElement(By.id("where")).getAttribute("data-state")).isEqualTo("none");
        assertThat(phone().findElement(By.id("condition-chosen")).getText()).isEqualTo("尚未选择立案条件");
        assertThat(phone().findElements(By.cssSelector("[aria-invalid=true]"))).isEmpty();
        assertThat(consoleErrors(phone())).isEmpty();

        phone.click(By.id("tab-mine"));
        var row = waitFor(phone(), By.cssSelector(".m-mine[data-case-id='" + caseId + "']"));
        assertThat(row.getText()).contains("待受理", "暴露垃圾", "剩余");
        screenshot(phone(), "54-phone-my-reports");
    }

    @Test
    void a_report_refused_after_waiting_on_the_phone_comes_back_with_its_error_beside_the_position() {
        var phone = new Phone(phone());
        login(phone(), "inspector");
        phone.click(By.id("tab-report"));
        phone.waitFor(By.id("photo")).sendKeys(photoFile("refused").toAbsolutePath().toString());
        phone.waitFor(By.id("condition-search")).sendKeys("暴露垃圾");
        phone.click(By.cssSelector("#class-results [data-class-code='E0102']"));
        phone.click(By.cssSelector("#condition-results [data-condition-code='E0102-01']"));
        phone.waitFor(By.id("description")).sendKeys("拒收测试:责任区外 " + System.nanoTime());
        try {
            // No signal, and standing outside my area: the page cannot ask where that is, so the report waits.
            offline(phone(), true);
            standAt(phone(), grids.centroidOf(grids.children(grids.children("210231002").get(0).code()).get(0).code()));
            phone.click(By.id("use-gps"));
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.attributeToBe(By.id("where"), "data-state", "unknown"));
            new WebDriverWait(phone(), WAIT).until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
            phone.send();
            phone.waitUntilWaiting(1);
            offline(phone(), false);
            phone.resendNow();
            phone.click(By.cssSelector("#outbox li.rejected [data-action='edit']"));
        } finally {
            offline(phone(), false);
            standAt(phone(), grids.centroidOf(GRID));
        }
        var error = waitFor(phone(), By.id("position-error"));
        assertThat(error.getText()).contains("不在您的责任区内");
        assertThat(error.findElement(By.xpath("./ancestor::fieldset")).getAttribute("id")).isEqualTo("position-field");
        assertThat(phone().findElement(By.id("report-map")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phone().findElements(By.cssSelector("#photo-thumbs li"))).hasSize(1);
        assertThat(value("description")).startsWith("拒收测试");
        assertThat(value("condition-code")).isEqualTo("E0102-01");
        screenshot(phone(), "56-phone-refused-report-back-in-form");
        // Leave no refused report on the phone for the pictures of the other tests.
        phone().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const open = indexedDB.open('urbangrid-mobile', 1); open.onsuccess = () => {"
                + " const t = open.result.transaction('outbox', 'readwrite'); t.objectStore('outbox').clear();"
                + " t.oncomplete = () => done(true); };");
    }

    @Test
    void the_phone_pages_open_without_signal_once_visited_and_logging_out_forgets_them() {
        login(phone(), "inspector");
        phone().get(url("/m"));
        phone().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(() => done(true), () => done(false));");
        for (var page : List.of("/m/report", "/m/mine", "/m")) {
            phone().get(url(page)); // now through the worker, which keeps a copy
            waitFor(phone(), By.cssSelector("main h1"));
        }
        screenshot(phone(), "50-phone-tasks");
        try {
            noSignal(true);
            phone().get(url("/m/mine"));
            assertThat(waitFor(phone(), By.cssSelector("main h1")).getText()).isEqualTo("我的上报");
            screenshot(phone(), "55-phone-offline-open");
            phone().get(url("/m/report"));
            assertThat(waitFor(phone(), By.cssSelector("main h1")).getText()).isEqualTo("新上报");
            phone().get(url("/m/cases/987654321")); // never seen: the tasks page kept, not the server's answer
            assertThat(waitFor(phone(), By.cssSelector("main h1")).getText()).isEqualTo("我的任务");
        } finally {
            noSignal(false);
        }
        assertThat(pageCaches()).isNotEmpty();
        logout(phone());
        new WebDriverWait(phone(), WAIT).until(d -> pageCaches().isEmpty());
    }

    /** No signal for the page (DevTools' offline mode) and for its service worker (which that mode does not hold back). */
    private void noSignal(boolean off) {
        phone().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const off = arguments[0]; navigator.serviceWorker.ready.then((r) => { r.active.postMessage({ type: 'offline', value: off });"
                + " setTimeout(() => done(true), 100); });", off);
        offline(phone(), off);
    }

    @SuppressWarnings("unchecked")
    private List<String> pageCaches() {
        return (List<String>) phone().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "caches.keys().then((keys) => done(keys.filter((k) => k.startsWith('urbangrid-pages-'))));");
    }

    private String value(String id) {
        return phone().findElement(By.id(id)).getAttribute("value");
    }

    private List<String> attributes(By by, String name) {
        return phone().findElements(by).stream().map((WebElement e) -> e.getAttribute(name)).toList();
    }

    private void waitForCount(By by, int count) {
        new WebDriverWait(phone(), WAIT).until(d -> d.findElements(by).size() == count);
    }
}
