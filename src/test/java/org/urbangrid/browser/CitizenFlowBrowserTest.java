package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.citizens.CitizenFixtures;

/**
 * A citizen on a phone-sized window (390×844), no account: reports 暴露垃圾 with two photos and the phone's position,
 * gets a tracking code, and — once the staff have closed the case through their API — rates it and says "still not
 * fixed" once. Screenshots of every step (target/screenshots/citizen-*.png), axe-core on each.
 */
class CitizenFlowBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    @Test
    void a_citizen_reports_with_two_photos_follows_the_case_to_a_rating_and_says_still_not_fixed() throws IOException {
        clock.advance(CitizenFixtures.RATING_MONTH); // the rating lands outside the months SatisfactionContract scores
        var phone = phone();
        phone.manage().window().setSize(new Dimension(390, 844));
        phone.get(url("/public/report"));
        consoleErrors(phone);
        waitFor(phone, By.id("report-map"));
        waitFor(phone, By.cssSelector("#report-map .leaflet-pane"));
        screenshot(phone, "citizen-01-report-form");
        accessible(phone, "citizen report form");

        click(phone, By.id("problem-exposed-garbage"));
        click(phone, By.id("use-gps"));
        new WebDriverWait(phone, WAIT).until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        assertThat(phone.findElement(By.id("position-shown")).getText()).startsWith("已选位置");
        waitFor(phone, By.cssSelector("#report-map path.leaflet-interactive"));
        scrollTo(phone, By.id("position-field"));
        screenshot(phone, "citizen-01b-position-by-gps");

        var photos = phone.findElement(By.id("photos"));
        photos.sendKeys(jpeg("before-1", new Color(0x7a4e1d)) + "\n" + jpeg("before-2", new Color(0x2e7d32)));
        new WebDriverWait(phone, WAIT).until(d -> d.findElements(By.cssSelector("#photo-thumbs img")).size() == 2);
        var description = "小区门口垃圾成堆,已经三天没人清 " + System.nanoTime();
        phone.findElement(By.id("description")).sendKeys(description);
        phone.findElement(By.id("phone")).sendKeys("13955556666");
        scrollTo(phone, By.id("photos-field"));
        screenshot(phone, "citizen-02-report-filled");
        accessible(phone, "citizen report filled in");

        click(phone, By.id("send-report"));
        var code = waitFor(phone, By.id("tracking-code")).getText().replace("-", "");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(phone.getCurrentUrl()).contains("/public/track/" + code);
        assertThat(phone.findElement(By.id("case-status")).getText()).isEqualTo("已收到");
        screenshot(phone, "citizen-03-tracking-code");
        accessible(phone, "citizen tracking code");

        long caseId = jdbc.sql("select case_id from citizen_report where tracking_code = ?").param(code)
                .query(Long.class).single();
        var photoCount = jdbc.sql("select photo_ids from case_history where case_id = ? order by seq fetch first 1 rows only")
                .param(caseId).query(String.class).single().split(",").length;
        assertThat(photoCount).isEqualTo(2);

        // The staff take it from here (their API), to closed.
        var staff = new CitizenFixtures(mvc, api, grids, jdbc);
        staff.closed(caseId, "垃圾已全部清运,周边已冲洗");

        phone.navigate().refresh();
        assertThat(waitFor(phone, By.id("case-status")).getText()).isEqualTo("已办结");
        assertThat(phone.findElement(By.id("answer-text")).getText()).contains("垃圾已全部清运");
        assertThat(phone.findElements(By.cssSelector("#before-photos img"))).hasSize(2);
        assertThat(phone.findElements(By.cssSelector("#after-photos img"))).hasSize(1);
        new WebDriverWait(phone, WAIT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#before-photos img, #after-photos img'))"
                        + ".every(i => i.complete && i.naturalWidth > 0)"));
        scrollTo(phone, By.id("answer"));
        screenshot(phone, "citizen-04-closed-with-answer");
        accessible(phone, "citizen case closed");

        click(phone, By.id("stars-4"));
        phone.findElement(By.id("comment")).sendKeys("处理得很及时");
        scrollTo(phone, By.id("rate"));
        screenshot(phone, "citizen-05-rating");
        click(phone, By.id("send-rating"));
        waitFor(phone, By.id("flash-rated"));
        assertThat(phone.findElement(By.id("my-rating")).getText()).contains("4 满意", "处理得很及时");
        screenshot(phone, "citizen-06-rated");
        accessible(phone, "citizen rated");
        assertThat(jdbc.sql("select stars from satisfaction_rating where case_id = ?").param(caseId).query(Integer.class)
                .single()).isEqualTo(4);

        phone.findElement(By.id("reason")).sendKeys("垃圾又堆回来了");
        scrollTo(phone, By.id("reopen"));
        screenshot(phone, "citizen-07-still-not-fixed");
        click(phone, By.id("send-reopen"));
        waitFor(phone, By.id("flash-reopened"));
        assertThat(phone.findElement(By.id("case-status")).getText()).isEqualTo("已处置");
        assertThat(phone.findElements(By.id("reopen"))).isEmpty();
        assertThat(phone.findElement(By.id("reopened-note")).isDisplayed()).isTrue();
        assertThat(staff.status(caseId)).isEqualTo("HANDLED");
        screenshot(phone, "citizen-08-reopened");
        accessible(phone, "citizen reopened");

        phone.get(url("/public/track/" + code + "?lang=en"));
        assertThat(waitFor(phone, By.id("case-status")).getText()).isEqualTo("Fixed, being checked");
        screenshot(phone, "citizen-09-english");
        accessible(phone, "citizen tracking page in English");
        phone.get(url("/public/report?lang=zh-CN"));
        assertThat(consoleErrors(phone)).isEmpty();
    }

    private void scrollTo(org.openqa.selenium.WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'start'})", element);
    }

    /** A small generated JPEG (320×240) in a temp folder. */
    private static String jpeg(String name, Color heap) throws IOException {
        var image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x9fc5e8));
        g.fillRect(0, 0, 320, 120);
        g.setColor(new Color(0x888888));
        g.fillRect(0, 120, 320, 120);
        g.setColor(heap);
        g.fillOval(110, 140, 110, 60);
        g.dispose();
        Path file = Files.createTempDirectory("urbangrid-citizen-").resolve(name + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file.toAbsolutePath().toString();
    }
}
