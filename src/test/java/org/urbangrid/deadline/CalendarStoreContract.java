package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** The stored calendar and stage limits, run on H2 and on PostgreSQL. Edits use years no other test reads. */
abstract class CalendarStoreContract extends IntegrationTest {

    @Autowired
    WorkCalendars calendars;

    @Autowired
    StageLimits stageLimits;

    @Autowired
    Deadlines deadlines;

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17",
            "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04",
            "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01",
            "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"})
    void seeded_2026_public_holidays_are_off(String date) {
        assertThat(calendars.current().isWorkingDay(LocalDate.parse(date))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    void seeded_2026_swapped_weekend_days_are_worked(String date) {
        assertThat(calendars.current().isWorkingDay(LocalDate.parse(date))).isTrue();
    }

    @Test
    void seed_holds_thirty_three_holidays_and_six_swapped_days_for_2026() {
        var days = calendars.specialDays(2026);
        assertThat(days).filteredOn(d -> d.kind() == DayKind.HOLIDAY).hasSize(33);
        assertThat(days).filteredOn(d -> d.kind() == DayKind.WORKDAY).hasSize(6);
        assertThat(days).filteredOn(d -> d.date().equals(LocalDate.parse("2026-02-17")))
                .singleElement().extracting(SpecialDay::name).isEqualTo("春节");
    }

    @Test
    void deadline_started_friday_before_qingming_is_due_tuesday_on_the_seeded_calendar() {
        var zone = ZoneId.of("Asia/Shanghai");
        var deadline = deadlines.start(LocalDateTime.parse("2026-04-03T16:30").atZone(zone).toInstant(),
                TimeLimit.workHours(4));
        assertThat(deadline.due()).isEqualTo(LocalDateTime.parse("2026-04-07T11:30").atZone(zone).toInstant());
        assertThat(deadline.warnAt()).isEqualTo(LocalDateTime.parse("2026-04-07T10:42").atZone(zone).toInstant());
    }

    @Test
    void saved_special_day_is_stored_and_applies_at_once() {
        var wednesday = LocalDate.parse("2031-06-11");
        assertThat(calendars.current().isWorkingDay(wednesday)).isTrue();
        calendars.saveDay(new SpecialDay(wednesday, DayKind.HOLIDAY, "测试假日"));
        assertThat(calendars.current().isWorkingDay(wednesday)).isFalse();
        calendars.saveDay(new SpecialDay(wednesday, DayKind.WORKDAY, "改为上班"));
        assertThat(calendars.specialDays(2031)).contains(new SpecialDay(wednesday, DayKind.WORKDAY, "改为上班"));
        calendars.deleteDay(wednesday);
        assertThat(calendars.specialDays(2031)).isEmpty();
    }

    @Test
    void deleting_an_ordinary_day_is_not_found() {
        try {
            calendars.deleteDay(LocalDate.parse("2032-03-03"));
            throw new AssertionError("expected a refusal");
        } catch (UrbanGridException e) {
            assertThat(e.messageKey()).isEqualTo("error.calendar.day-not-found");
        }
    }

    @Test
    void working_hours_are_replaced_and_change_deadlines() {
        try {
            calendars.replaceWorkingHours(List.of(WorkingPeriod.of("09:00", "17:00")));
            assertThat(calendars.current().periods()).containsExactly(WorkingPeriod.of("09:00", "17:00"));
            var zone = ZoneId.of("Asia/Shanghai");
            var due = deadlines.start(LocalDateTime.parse("2026-11-25T16:00").atZone(zone).toInstant(),
                    TimeLimit.workHours(2)).due();
            assertThat(due).isEqualTo(LocalDateTime.parse("2026-11-26T10:00").atZone(zone).toInstant());
        } finally {
            calendars.replaceWorkingHours(WorkCalendar.DEFAULT_PERIODS);
        }
        assertThat(calendars.current().periods()).isEqualTo(WorkCalendar.DEFAULT_PERIODS);
    }

    @Test
    void seeded_stage_limits_are_the_domain_defaults() {
        assertThat(stageLimits.all()).hasSize(7).containsEntry(Stage.ACCEPT, TimeLimit.workMinutes(10))
                .containsEntry(Stage.VERIFY, TimeLimit.workMinutes(30)).doesNotContainKey(Stage.HANDLE);
    }

    @Test
    void changed_stage_limit_is_stored_and_used_by_deadlines() {
        try {
            stageLimits.change(Map.of(Stage.CHECK, TimeLimit.workHours(1)));
            assertThat(deadlines.stageLimit(Stage.CHECK)).isEqualTo(TimeLimit.workHours(1));
        } finally {
            stageLimits.change(Map.of(Stage.CHECK, TimeLimit.workMinutes(30)));
        }
        assertThat(stageLimits.limit(Stage.CHECK)).isEqualTo(TimeLimit.workMinutes(30));
    }
}
