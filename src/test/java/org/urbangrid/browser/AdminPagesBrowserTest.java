package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The administration pages at 1366×768 as an administrator sees them (catalogue by major class, routing rules in
 * words, a person's page, the audit log), in Chinese and English, written to {@code target/screenshots/}.
 */
class AdminPagesBrowserTest extends BrowserTest {

    @Test
    void catalogue_routing_staff_and_audit_pages_at_1366_by_768() {
        var driver = desktop();
        var size = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1366, 768));
            login("admin");
            // something for the log: a transfer of the demo handler's colleague through the page
            driver.get(url("/admin/organization?role=HANDLER"));
            click(By.id("edit-handler-szyl"));
            waitFor(By.id("person-move-form"));
            screenshot("62-admin-staff");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("move-street")))
                    .selectByValue("210231001");
            click(By.id("person-move"));
            waitFor(By.cssSelector(".flash"));
            screenshot("62-admin-staff-moved");

            driver.get(url("/admin/catalog"));
            waitFor(By.id("major-EVENT-01"));
            click(By.cssSelector("#major-COMPONENT-01 > summary"));
            screenshot("63-admin-catalog");
            driver.get(url("/admin/routing"));
            waitFor(By.id("rule-table"));
            screenshot("64-admin-routing");
            driver.get(url("/admin/audit"));
            waitFor(By.id("audit-table"));
            assertThat(driver.findElement(By.id("audit-table")).getText()).contains("修改", "handler-szyl", "凌水街道");
            screenshot("65-admin-audit");

            driver.get(url("/admin/catalog?q=rubbish&lang=en"));
            waitFor(By.id("class-E0102"));
            screenshot("63-admin-catalog-search-en");
            driver.get(url("/admin/routing?area=210231001"));
            waitFor(By.id("rule-table"));
            screenshot("64-admin-routing-street-en");
            assertThat(consoleErrors(driver)).as("admin pages script errors").isEmpty();
        } finally {
            driver.manage().window().setSize(size);
            driver.get(url("/admin?lang=zh-CN"));
            logout();
        }
    }
}
