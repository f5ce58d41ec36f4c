package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

/**
 * The screen's data as a leader reads it, the same on H2 and PostgreSQL: each test reads before and after making its
 * own cases at the same clock time, so cases other tests left behind cancel out of every difference.
 */
abstract class ScreenDataContract extends IntegrationTest {

    @Autowired
    Grids grids;

    ScreenReadings screen;

    @BeforeEach
    void setUp() {
        screen = new ScreenReadings(api, mvc, grids);
    }

    @Test
    void todays_reports_are_counted_by_status_and_by_source() {
        var before = screen.read();
        screen.inspectorReport();
        screen.inspectorReport();
        long accepted = screen.inspectorReport();
        screen.move("operator", accepted, "accept", null);
        screen.hotlineReport();
        var after = screen.read();

        assertThat(after.at("$.today.reported") - before.at("$.today.reported")).isEqualTo(4);
        assertThat(after.of("byStatus", "today", "REPORTED") - before.of("byStatus", "today", "REPORTED")).isEqualTo(3);
        assertThat(after.of("byStatus", "today", "PENDING_FILING") - before.of("byStatus", "today", "PENDING_FILING"))
                .isEqualTo(1);
        assertThat(after.of("byStatus", "open", "REPORTED") - before.of("byStatus", "open", "REPORTED")).isEqualTo(3);
        assertThat(after.of("bySource", "counts", "INSPECTOR") - before.of("bySource", "counts", "INSPECTOR"))
                .isEqualTo(3);
        assertThat(after.of("bySource", "counts", "HOTLINE_12345") - before.of("bySource", "counts", "HOTLINE_12345"))
                .isEqualTo(1);
        assertThat(after.at("$.today.open") - before.at("$.today.open")).isEqualTo(4);
        assertThat(after.grid("gridOpen", ScreenReadings.GRID) - before.grid("gridOpen", ScreenReadings.GRID))
                .isEqualTo(4);
        assertThat(after.last("daily", "reported", 1) - before.last("daily", "reported", 1)).isEqualTo(4);
        assertThat(after.last("monthly", "reported", 1) - before.last("monthly", "reported", 1)).isEqualTo(4);
        assertThat((String) after.json().read("$.bySource.labels[0]")).isEqualTo("监督员");
        assertThat((String) after.json().read("$.day")).isEqualTo("2026-11-25");
    }

    @Test
    void a_running_case_turns_yellow_then_red_and_enters_the_overdue_map_and_the_ticker() {
        long probe = screen.dispatched();
        var due = screen.due(probe);
        var start = clock.instant();
        // baselines at the very instants read below, before the case under test exists
        clock.set(due.minus(Duration.ofMinutes(1)));
        var yellowBefore = screen.read();
        clock.set(due.plus(Duration.ofMinutes(1)));
        var redBefore = screen.read();

        clock.set(start);
        long id = screen.dispatched();
        assertThat(screen.due(id)).isEqualTo(due);
        var green = screen.read();
        clock.set(due.minus(Duration.ofMinutes(1)));
        var yellow = screen.read();
        clock.set(due.plus(Duration.ofMinutes(1)));
        var red = screen.read();

        assertThat(yellow.at("$.today.yellow") - yellowBefore.at("$.today.yellow")).isEqualTo(1);
        assertThat(yellow.at("$.today.red") - yellowBefore.at("$.today.red")).isZero();
        assertThat(red.at("$.today.red") - redBefore.at("$.today.red")).isEqualTo(1);
        assertThat(red.at("$.today.yellow") - redBefore.at("$.today.yellow")).isZero();
        assertThat(red.grid("gridOverdue", ScreenReadings.GRID) - redBefore.grid("gridOverdue", ScreenReadings.GRID))
                .isEqualTo(1);
        assertThat(red.urgentNumbers()).contains(screen.number(id), screen.number(probe));
        assertThat(green.urgentNumbers()).doesNotContain(screen.number(id));
        assertThat(red.json().<String>read("$.urgent[0].kind")).isEqualTo("OVERDUE");
        assertThat(red.json().<String>read("$.urgent[0].text")).startsWith("超时");
    }

    @Test
    void an_urged_case_leads_the_ticker() {
        long id = screen.inspectorReport();
        clock.advance(Duration.ofMinutes(5));
        screen.move("leader", id, "urge", "{\"comment\":\"群众反映强烈,请尽快处理\"}");
        var reading = screen.read();
        assertThat(reading.urgentNumbers()).first().isEqualTo(screen.number(id));
        assertThat(reading.json().<String>read("$.urgent[0].kind")).isEqualTo("URGED");
        assertThat(reading.json().<String>read("$.urgent[0].text")).isEqualTo("督办 1 次");
        assertThat(reading.json().<String>read("$.urgent[0].what")).isEqualTo("暴露垃圾");
    }

    @Test
    void reported_today_and_closed_today_follow_the_city_day_across_midnight() {
        var lateEvening = LocalDateTime.of(2026, 11, 24, 23, 55);
        var afterMidnight = LocalDateTime.of(2026, 11, 25, 0, 20);
        at(lateEvening);
        var eveningBefore = screen.read();
        at(afterMidnight);
        var morningBefore = screen.read();

        at(LocalDateTime.of(2026, 11, 24, 23, 40));
        long closedAfterMidnight = screen.pendingClose();
        screen.inspectorReport();
        at(LocalDateTime.of(2026, 11, 25, 0, 10));
        screen.move("shiftleader", closedAfterMidnight, "close", null);

        at(lateEvening);
        var evening = screen.read();
        assertThat((String) evening.json().read("$.day")).isEqualTo("2026-11-24");
        assertThat(evening.at("$.today.reported") - eveningBefore.at("$.today.reported")).isEqualTo(2);
        assertThat(evening.at("$.today.closed") - eveningBefore.at("$.today.closed")).isZero();

        at(afterMidnight);
        var morning = screen.read();
        assertThat((String) morning.json().read("$.day")).isEqualTo("2026-11-25");
        assertThat(morning.at("$.msToMidnight")).isEqualTo(Duration.ofHours(23).plusMinutes(40).toMillis());
        assertThat(morning.at("$.today.reported") - morningBefore.at("$.today.reported")).isZero();
        assertThat(morning.at("$.today.closed") - morningBefore.at("$.today.closed")).isEqualTo(1);
        // yesterday's column of the 30-day trend learnt of the late reports although that day was read before
        assertThat(morning.last("daily", "reported", 2) - morningBefore.last("daily", "reported", 2)).isEqualTo(2);
        assertThat(morning.last("daily", "closed", 2) - morningBefore.last("daily", "closed", 2)).isZero();
        assertThat(morning.last("daily", "closed", 1) - morningBefore.last("daily", "closed", 1)).isEqualTo(1);
        assertThat(morning.last("monthly", "reported", 1) - morningBefore.last("monthly", "reported", 1)).isEqualTo(2);
        assertThat(morning.last("monthly", "closed", 1) - morningBefore.last("monthly", "closed", 1)).isEqualTo(1);
    }

    @Test
    void classes_and_grids_that_keep_coming_back_are_hot_spots() {
        for (int i = 0; i < 3; i++) {
            screen.inspectorReport();
        }
        var reading = screen.read();
        var spots = reading.json().<java.util.List<java.util.Map<String, Object>>>read("$.hotSpots");
        assertThat(spots).anySatisfy(spot -> {
            assertThat(spot.get("gridCode")).isEqualTo(ScreenReadings.GRID);
            assertThat(spot.get("classCode")).isEqualTo("E0102");
            assertThat(((Number) spot.get("count")).longValue()).isGreaterThanOrEqualTo(3);
        });
        assertThat(reading.json().<java.util.List<String>>read("$.topClasses[*].code")).contains("E0102");
        assertThat(reading.json().<java.util.List<String>>read("$.hotGrids[*].code")).contains(ScreenReadings.GRID);
    }

    @Test
    void a_class_set_when_yesterdays_hotline_call_is_filed_reaches_the_month_s_top_classes_within_minutes() {
        at(LocalDateTime.of(2026, 11, 24, 10, 0));
        long call = screen.hotlineReport();
        at(LocalDateTime.of(2026, 11, 25, 8, 0));
        var before = screen.read();
        screen.move("operator", call, "send-to-verify", null);
        screen.move("inspector", call, "verify-true", "{\"comment\":\"属实\",\"photoIds\":[\"" + screen.photo("inspector") + "\"]}");
        screen.move("shiftleader", call, "file", "{\"conditionCode\":\"E0102-01\"}");
        clock.advance(ScreenHistory.FRESH.plusMinutes(1));
        var after = screen.read();
        assertThat(topClass(after, "E0102") - topClass(before, "E0102")).isEqualTo(1);
    }

    private static long topClass(ScreenReadings.Reading reading, String code) {
        java.util.List<Number> counts = reading.json().read("$.topClasses[?(@.code == '" + code + "')].count");
        return counts.isEmpty() ? 0 : counts.get(0).longValue();
    }

    private void at(LocalDateTime local) {
        clock.set(local);
        api.forgetTokens();
    }
}
