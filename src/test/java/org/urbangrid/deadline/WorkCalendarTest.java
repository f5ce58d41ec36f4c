package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    /** The 2026 days these tests lean on: 清明 Apr 4–6, 中秋 Sep 25–27, 国庆 Oct 1–7, swaps Sep 20 and Oct 10. */
    final WorkCalendar calendar = new WorkCalendar(CITY, WorkCalendar.DEFAULT_PERIODS, List.of(
            holiday("2026-04-04"), holiday("2026-04-05"), holiday("2026-04-06"),
            holiday("2026-09-25"), holiday("2026-09-26"), holiday("2026-09-27"),
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-03"), holiday("2026-10-04"),
            holiday("2026-10-05"), holiday("2026-10-06"), holiday("2026-10-07"),
            new SpecialDay(LocalDate.parse("2026-09-20"), DayKind.WORKDAY, "国庆调休"),
            new SpecialDay(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "国庆调休")));

    static SpecialDay holiday(String date) {
        return new SpecialDay(LocalDate.parse(date), DayKind.HOLIDAY, "节假日");
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CITY).toInstant();
    }

    @Test
    void four_work_hours_from_friday_16_30_before_qingming_are_due_tuesday_11_30() {
        // 1 h on Friday 3 April, Saturday–Monday are 清明 off, 3 h on Tuesday morning.
        assertThat(calendar.add(at("2026-04-03T16:30"), TimeLimit.workHours(4))).isEqualTo(at("2026-04-07T11:30"));
    }

    @Test
    void lunch_break_is_not_counted() {
        assertThat(calendar.add(at("2026-11-25T11:00"), TimeLimit.workHours(2))).isEqualTo(at("2026-11-25T14:30"));
    }

    @Test
    void limit_started_at_night_counts_from_the_next_morning() {
        assertThat(calendar.add(at("2026-11-25T20:00"), TimeLimit.workHours(1))).isEqualTo(at("2026-11-26T09:30"));
        assertThat(calendar.add(at("2026-11-26T06:00"), TimeLimit.workMinutes(30))).isEqualTo(at("2026-11-26T09:00"));
    }

    @Test
    void limit_started_during_lunch_counts_from_13_30() {
        assertThat(calendar.add(at("2026-11-25T12:30"), TimeLimit.workMinutes(30))).isEqualTo(at("2026-11-25T14:00"));
    }

    @Test
    void limit_used_up_exactly_at_a_period_end_is_due_at_that_end() {
        assertThat(calendar.add(at("2026-11-25T08:30"), new TimeLimit(210, LimitUnit.WORK_MINUTES)))
                .isEqualTo(at("2026-11-25T12:00"));
        assertThat(calendar.add(at("2026-11-25T16:30"), TimeLimit.workHours(1))).isEqualTo(at("2026-11-25T17:30"));
    }

    @Test
    void weekend_is_skipped() {
        assertThat(calendar.add(at("2026-11-27T17:00"), TimeLimit.workHours(1))).isEqualTo(at("2026-11-30T09:00"));
    }

    @Test
    void limit_started_on_a_weekend_counts_from_monday_morning() {
        assertThat(calendar.add(at("2026-11-28T10:00"), TimeLimit.workMinutes(30))).isEqualTo(at("2026-11-30T09:00"));
    }

    @Test
    void limit_started_on_a_holiday_counts_from_the_next_working_day() {
        assertThat(calendar.add(at("2026-10-03T10:00"), TimeLimit.workHours(1))).isEqualTo(at("2026-10-08T09:30"));
    }

    @Test
    void swapped_working_sunday_is_worked() {
        assertThat(calendar.add(at("2026-09-18T16:30"), TimeLimit.workHours(4))).isEqualTo(at("2026-09-20T11:30"));
    }

    @Test
    void swapped_working_saturday_after_national_day_is_worked() {
        assertThat(calendar.add(at("2026-10-09T17:00"), TimeLimit.workHours(1))).isEqualTo(at("2026-10-10T09:00"));
    }

    @Test
    void one_work_day_from_friday_16_30_is_monday_16_30() {
        assertThat(calendar.add(at("2026-11-27T16:30"), TimeLimit.workDays(1))).isEqualTo(at("2026-11-30T16:30"));
    }

    @Test
    void work_days_across_national_day_skip_the_whole_holiday() {
        // 7 h on 30 September, 1–7 October off, 7.5 h on the 8th, the last half hour on the 9th.
        assertThat(calendar.add(at("2026-09-30T09:00"), TimeLimit.workDays(2))).isEqualTo(at("2026-10-09T09:00"));
    }

    @Test
    void natural_time_ignores_the_calendar() {
        assertThat(calendar.add(at("2026-04-03T16:30"), TimeLimit.naturalHours(24))).isEqualTo(at("2026-04-04T16:30"));
        assertThat(calendar.add(at("2026-04-03T23:50"), new TimeLimit(30, LimitUnit.NATURAL_MINUTES)))
                .isEqualTo(at("2026-04-04T00:20"));
    }

    @Test
    void working_time_includes_period_starts_and_excludes_period_ends() {
        assertThat(calendar.isWorkingTime(at("2026-11-25T08:30"))).isTrue();
        assertThat(calendar.isWorkingTime(at("2026-11-25T08:29"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-11-25T12:00"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-11-25T13:30"))).isTrue();
        assertThat(calendar.isWorkingTime(at("2026-11-25T17:30"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-11-25T22:00"))).isFalse();
    }

    @Test
    void weekends_and_holidays_are_not_working_time_but_swapped_days_are() {
        assertThat(calendar.isWorkingTime(at("2026-11-28T10:00"))).isFalse();
        assertThat(calendar.isWorkingTime(at("2026-10-05T10:00"))).as("holiday on a Monday").isFalse();
        assertThat(calendar.isWorkingTime(at("2026-09-20T10:00"))).as("swapped Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
    }

    @Test
    void work_time_between_skips_lunch_nights_and_weekends() {
        assertThat(calendar.workBetween(at("2026-11-25T11:00"), at("2026-11-25T14:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(calendar.workBetween(at("2026-11-27T16:30"), at("2026-11-30T10:30"))).isEqualTo(Duration.ofHours(3));
        assertThat(calendar.workBetween(at("2026-11-28T09:00"), at("2026-11-29T18:00"))).isZero();
    }

    @Test
    void work_time_between_is_negative_backwards() {
        assertThat(calendar.workBetween(at("2026-11-30T10:30"), at("2026-11-27T16:30"))).isEqualTo(Duration.ofHours(-3));
    }

    @Test
    void work_time_between_across_national_day_counts_only_working_days() {
        assertThat(calendar.workBetween(at("2026-09-30T00:00"), at("2026-10-09T00:00")))
                .isEqualTo(Duration.ofMinutes(450 * 2));
    }

    @Test
    void adding_then_measuring_gives_the_amount_back() {
        for (var start : List.of("2026-04-03T16:30", "2026-09-19T03:00", "2026-11-25T12:15", "2026-10-01T09:00")) {
            for (var limit : List.of(TimeLimit.workMinutes(45), TimeLimit.workHours(9), TimeLimit.workDays(3))) {
                var due = calendar.add(at(start), limit);
                assertThat(calendar.workBetween(at(start), due)).as(start + " + " + limit).isEqualTo(calendar.length(limit));
            }
        }
    }

    @Test
    void shifting_back_skips_the_weekend() {
        assertThat(calendar.shift(at("2026-11-30T09:00"), Duration.ofHours(-1), true)).isEqualTo(at("2026-11-27T17:00"));
    }

    @Test
    void default_working_day_is_seven_and_a_half_hours() {
        assertThat(calendar.dayLength()).isEqualTo(Duration.ofMinutes(450));
        assertThat(calendar.length(TimeLimit.workDays(2))).isEqualTo(Duration.ofMinutes(900));
    }

    @Test
    void custom_working_hours_change_the_length_of_a_work_day() {
        var nineToFive = new WorkCalendar(CITY, List.of(WorkingPeriod.of("09:00", "17:00")), List.of());
        assertThat(nineToFive.add(at("2026-11-27T16:00"), TimeLimit.workDays(1))).isEqualTo(at("2026-11-30T16:00"));
        assertThat(nineToFive.isWorkingTime(at("2026-11-25T12:30"))).isTrue();
    }

    @Test
    void overlapping_unordered_or_missing_periods_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar.validate(
                List.of(WorkingPeriod.of("08:30", "12:00"), WorkingPeriod.of("11:30", "17:30"))));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar.validate(
                List.of(WorkingPeriod.of("13:30", "17:30"), WorkingPeriod.of("08:30", "12:00"))));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkCalendar.validate(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.of("12:00", "08:30"));
    }
}
