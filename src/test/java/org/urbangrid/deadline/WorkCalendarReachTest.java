package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.deadline.WorkCalendarTest.CITY;
import static org.urbangrid.deadline.WorkCalendarTest.at;
import static org.urbangrid.deadline.WorkCalendarTest.holiday;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The calendar answers any date a bounded limit can reach: past the configured years it follows the usual week,
 * and counting whole weeks at once gives exactly what a minute-by-minute walk over working time gives.
 */
class WorkCalendarReachTest {

    /** Special days in 2026 only, with a long 国庆 run, a swapped Saturday and an odd holiday in 2031. */
    final WorkCalendar calendar = new WorkCalendar(CITY, WorkCalendar.DEFAULT_PERIODS, specialDays());

    static List<SpecialDay> specialDays() {
        var days = new ArrayList<SpecialDay>();
        for (int d = 1; d <= 8; d++) {
            days.add(holiday("2026-10-0" + d));
        }
        days.add(new SpecialDay(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "调休"));
        days.add(holiday("2031-03-04"));
        return days;
    }

    @ParameterizedTest
    @EnumSource(LimitUnit.class)
    void the_longest_allowed_limit_is_answered_from_the_last_configured_day(LimitUnit unit) {
        var from = at("2031-12-31T16:00");
        var limit = new TimeLimit(LimitBounds.max(unit), unit);
        var due = calendar.add(from, limit);
        assertThat(calendar.between(from, due, WorkCalendar.isWork(unit))).isEqualTo(calendar.length(limit));
    }

    @Test
    void beyond_the_configured_years_the_usual_week_applies() {
        // 2040-06-01 is a Friday; no special day is configured for 2040.
        assertThat(calendar.add(at("2040-06-01T16:30"), TimeLimit.workDays(1))).isEqualTo(at("2040-06-04T16:30"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2040-06-02"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2040-06-04"))).isTrue();
    }

    @Test
    void a_calendar_without_any_special_day_still_answers_a_limit_of_years() {
        var plain = WorkCalendar.standard(CITY);
        var due = plain.add(at("2026-11-25T09:00"), TimeLimit.workDays(LimitBounds.MAX_WORK_DAYS));
        // 60 working days = 12 usual weeks: the same weekday and time 12 weeks later.
        assertThat(due).isEqualTo(at("2027-02-17T09:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-28T10:15", "2026-10-09T17:00", "2026-12-30T12:30", "2031-02-20T08:00",
            "2031-03-03T16:59"})
    void whole_weeks_counted_at_once_match_a_minute_by_minute_walk(String start) {
        var from = at(start);
        for (int minutes : new int[] {1, 450, 2_250, 9_000, 27_000}) {
            var expected = walkForward(from, minutes);
            assertThat(calendar.shift(from, Duration.ofMinutes(minutes), true)).as("%s + %d work minutes", start, minutes)
                    .isEqualTo(expected);
            assertThat(calendar.workBetween(from, expected)).isEqualTo(Duration.ofMinutes(minutes));
            assertThat(calendar.shift(from, Duration.ofMinutes(-minutes), true)).as("%s − %d work minutes", start, minutes)
                    .isEqualTo(walkBack(from, minutes));
        }
    }

    /** The end of the minute in which the last of the work is done. */
    private Instant walkForward(Instant from, int minutes) {
        var at = from;
        for (int done = 0; ; at = at.plusSeconds(60)) {
            if (calendar.isWorkingTime(at) && ++done == minutes) {
                return at.plusSeconds(60);
            }
        }
    }

    /** The start of the earliest working minute needed, counted back from {@code from}. */
    private Instant walkBack(Instant from, int minutes) {
        var at = from.minusSeconds(60);
        for (int done = 0; ; at = at.minusSeconds(60)) {
            if (calendar.isWorkingTime(at) && ++done == minutes) {
                return at;
            }
        }
    }
}
