package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A case's whole life, every step clicked in the browser by the demo account whose job it is: the inspector
 * reports on the phone, the operator accepts, the shift leader files, the dispatcher dispatches to the suggested
 * department, the handler reports it fixed, the operator sends it to check, the inspector passes the check on the
 * phone and the shift leader closes it. Plus a hotline call entered by the operator and sent to verification.
 */
class CaseLifecycleBrowserTest extends BrowserTest {

    @Test
    void inspector_report_travels_through_every_desk_to_closed() {
        var phone = new Phone(phone());
        login(phone(), "inspector");
        phone.fillReport(photoFile("before"), "暴露垃圾", "E0102", "E0102-01", "生命周期测试:路边暴露垃圾一堆 " + System.nanoTime());
        screenshot(phone(), "40-phone-report-filled");
        accessible(phone(), "phone report, filled");
        phone.send();
        long caseId = phone.reportedCaseId();
        assertThat(phone.waiting()).isZero();

        var desk = new Desk(desktop());
        step("operator", caseId, desk, () -> {
            assertThat(desk.primaryMove()).as("an inspector's report leads with 受理").isEqualTo("ACCEPT");
            desk.move("ACCEPT", "PENDING_FILING");
        });
        step("shiftleader", caseId, desk, () -> desk.move("FILE", "PENDING_DISPATCH"));
        step("dispatcher", caseId, desk, () -> {
            assertThat(desk.primaryMove()).isEqualTo("DISPATCH");
            assertThat(desk.text(By.id("dispatch-suggestion"))).contains("市政公用服务中心");
            assertThat(desk.selected(By.id("dispatch-department"))).contains("市政公用服务中心");
            fullPageScreenshot("20-dispatcher-case");
            desk.move("DISPATCH", "DISPATCHED");
        });
        step("handler", caseId, desk, () -> {
            screenshot("21-handler-case");
            assertThat(desk.primaryMove()).isEqualTo("REPORT_HANDLED");
            desk.waitFor(By.id("photos-REPORT_HANDLED")).sendKeys(photoFile("after").toAbsolutePath().toString());
            desk.comment("REPORT_HANDLED", "已清运完毕");
            desk.move("REPORT_HANDLED", "HANDLED");
        });
        step("operator", caseId, desk, () -> {
            desk.choose(By.id("inspector-SEND_TO_CHECK"), "张建国");
            desk.move("SEND_TO_CHECK", "CHECKING");
        });

        phone.doTask(caseId, "CHECK_PASS", photoFile("check"), "现场已清理干净");
        screenshot(phone(), "42-phone-after-check");

        step("shiftleader", caseId, desk, () -> {
            desk.move("CLOSE", "CLOSED");
            assertThat(desk.text(By.id("case-status"))).isEqualTo("已结案");
            assertThat(desk.timelineMoves()).containsExactly("REPORT", "ACCEPT", "FILE", "DISPATCH", "REPORT_HANDLED",
                    "SEND_TO_CHECK", "CHECK_PASS", "CLOSE");
            assertThat(desktop().findElements(By.cssSelector("#photos-before img"))).isNotEmpty();
            assertThat(desktop().findElements(By.cssSelector("#photos-after img"))).isNotEmpty();
            fullPageScreenshot("30-case-closed");
        });
    }

    @Test
    void hotline_call_entered_by_the_operator_goes_to_verification() {
        var desk = new Desk(desktop());
        login("operator");
        desk.click(By.cssSelector("a[href='/console/intake/new']"));
        desk.type(By.id("intake-description"), "市民来电:软件园路人行道上有暴露垃圾 " + System.nanoTime());
        desk.type(By.id("intake-contact"), "13800000000");
        desk.type(By.id("intake-ticket"), "GD-20261125-0007");
        desk.type(By.id("intake-caller-name"), "王女士");
        desk.type(By.id("intake-caller-phone"), "138-0013-8000");
        desk.type(By.id("intake-condition-search"), "暴露垃圾");
        desk.waitFor(By.cssSelector("#intake-condition option[value='E0102-01']"));
        desk.choose(By.id("intake-condition"), "E0102-01");
        desk.type(By.id("intake-address"), "路");
        desk.click(By.cssSelector("#place-results button.place"));
        screenshot("11-operator-intake-filled");
        accessible(desktop(), "hotline intake, filled");
        desk.click(By.id("intake-submit"));
        desk.waitFor(By.cssSelector("#case-header[data-status='REPORTED']"));
        assertThat(desk.text(By.id("case-source"))).contains("12345");
        assertThat(desk.text(By.id("case-caller"))).contains("王女士", "138-0013-8000");
        assertThat(desk.text(By.id("case-ticket"))).isEqualTo("GD-20261125-0007");
        assertThat(desk.primaryMove()).as("a hotline case leads with 派发核实, not 受理").isEqualTo("SEND_TO_VERIFY");
        // A folded move opens under 更多操作 when asked for: 申请作废 is there, hidden until unfolded.
        assertThat(desktop().findElement(By.id("move-REQUEST_CANCEL")).isDisplayed()).isFalse();
        desk.reveal(By.id("move-REQUEST_CANCEL"));
        assertThat(desktop().findElement(By.id("move-REQUEST_CANCEL")).isDisplayed()).isTrue();

        desk.move("SEND_TO_VERIFY", "VERIFYING");
        assertThat(desk.timelineMoves()).containsExactly("REPORT", "SEND_TO_VERIFY");
        logout();
    }

    /** One desk person's turn: log in, open the case from the queue, do the work, log out. */
    private void step(String username, long caseId, Desk desk, Runnable work) {
        clock.advance(java.time.Duration.ofMinutes(20));
        login(username);
        accessible(desktop(), username + "'s queue");
        desk.openFromQueue(caseId);
        accessible(desktop(), username + ": the case");
        work.run();
        logout();
    }
}
