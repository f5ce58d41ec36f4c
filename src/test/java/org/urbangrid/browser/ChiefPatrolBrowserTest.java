package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.grid.LatLng;

/**
 * A road chief (路长, the demo's {@code roadchief}, 城管 staff and no inspector) on the phone at 390×844: their
 * segments, one segment with its cases, a patrol started and a problem reported directly while there is no signal —
 * every post waits in the outbox — then sent once when the signal is back; and the administrator's segment map.
 */
class ChiefPatrolBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Chiefs chiefs;

    @Test
    void a_chief_patrols_offline_and_the_posts_are_sent_once_when_the_signal_returns() {
        var segment = chiefs.segments().stream().filter(s -> s.code().equals("LD-HPL-W")).findFirst().orElseThrow();
        var start = segment.line().getCoordinates()[1];
        // the phone stamps its posts with its own clock: the server's (a test clock) must agree with it
        clock.set(java.time.Instant.now());
        var size = phone().manage().window().getSize();
        phone().manage().window().setSize(new Dimension(390, 844));
        try {
            standAt(phone(), new LatLng(start.y, start.x));
            login(phone(), "roadchief");
            phone().get(url("/m/patrol"));
            waitFor(phone(), By.id("patrol-segment-LD-HPL-W"));
            assertThat(phone().findElements(By.id("patrol-segment-LD-QXL"))).isEmpty();
            screenshot(phone(), "80-chief-phone-segments");
            accessible(phone(), "chief phone segments");

            click(phone(), By.id("patrol-segment-LD-HPL-W"));
            waitFor(phone(), By.id("patrol-start"));
            assertThat(phone().findElement(By.id("finding-form")).isDisplayed()).isFalse();
            settle();
            screenshot(phone(), "81-chief-phone-segment");
            accessible(phone(), "chief phone segment");

            var description = "路长巡查离线直报 " + System.nanoTime();
            phone().executeScript("window.__urbangridOffline = true");
            click(phone(), By.id("patrol-start"));
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.attributeToBe(By.id("patrol-panel"),
                    "data-state", "patrolling"));
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.textMatches(By.id("patrol-points"),
                    java.util.regex.Pattern.compile("[1-9]")));
            new Select(waitFor(phone(), By.id("finding-condition"))).selectByValue("E0102-01");
            phone().findElement(By.id("finding-description")).sendKeys(description);
            phone().findElement(By.id("finding-photo")).sendKeys(photoFile("chief").toAbsolutePath().toString());
            click(phone(), By.id("finding-send"));
            // the start, the track so far and the finding wait on the phone
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.textToBe(By.id("outbox-count"), "3"));
            assertThat(casesDescribed(description)).isZero();
            phone().executeScript("window.scrollTo(0, 0)");
            screenshot(phone(), "82-chief-phone-patrol-offline");

            phone().executeScript("window.__urbangridOffline = false");
            phone().executeScript("document.getElementById('resend').click()");
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.textToBe(By.id("outbox-count"), "0"));
            assertThat(casesDescribed(description)).isOne();
            // the patrol's own posts are sent without a word; only the finding's case number is shown
            assertThat(phone().findElement(By.tagName("body")).getText()).doesNotContain("undefined");
            long caseId = jdbc.sql("select id from cases where description = ?").param(description).query(Long.class)
                    .single();
            assertThat(jdbc.sql("select source from cases where id = ?").param(caseId).query(String.class).single())
                    .isEqualTo("CHIEF");
            assertThat(jdbc.sql("select count(*) from chief_finding where case_id = ?").param(caseId).query(Long.class)
                    .single()).isOne();
            assertThat(jdbc.sql("select count(*) from chief_track_point t join chief_finding f on f.patrol_id = t.patrol_id "
                    + "where f.case_id = ?").param(caseId).query(Long.class).single()).isPositive();

            click(phone(), By.id("patrol-end"));
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.attributeToBe(By.id("patrol-panel"),
                    "data-state", "idle"));
            new WebDriverWait(phone(), WAIT).until(ExpectedConditions.textToBe(By.id("outbox-count"), "0"));
            assertThat(jdbc.sql("select count(*) from chief_patrol p join chief_finding f on f.patrol_id = p.id "
                    + "where f.case_id = ? and p.ended_at is not null").param(caseId).query(Long.class).single()).isOne();
            assertThat(phone().findElement(By.tagName("body")).getText()).doesNotContain("undefined");
            screenshot(phone(), "83-chief-phone-patrol-ended");
        } finally {
            logout(phone());
            phone().manage().window().setSize(size);
            standAt(phone(), grids.centroidOf(GRID));
        }
    }

    @Test
    void the_administrator_sees_the_segments_on_the_map() {
        login(desktop(), "admin");
        desktop().get(url("/admin/chiefs"));
        waitFor(desktop(), By.id("segment-LD-HPL-W"));
        new WebDriverWait(desktop(), WAIT).until(d -> !d.findElements(By.cssSelector("#segments-map path.leaflet-interactive")).isEmpty());
        settle();
        screenshot(desktop(), "84-admin-chief-segments");
        accessible(desktop(), "admin chief segments");
        click(desktop(), By.cssSelector("#segment-LD-HPL-W a"));
        waitFor(desktop(), By.id("assignments-table"));
        settle();
        screenshot(desktop(), "85-admin-chief-segment");
        accessible(desktop(), "admin chief segment");
        logout(desktop());
    }

    private long casesDescribed(String description) {
        return jdbc.sql("select count(*) from cases where description = ?").param(description).query(Long.class).single();
    }
}
