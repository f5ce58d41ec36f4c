package org.urbangrid.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.SpecialDay;

class CalendarFileTest {

    @Test
    void csv_with_a_header_kinds_in_either_form_and_an_optional_name() {
        var read = CalendarFile.read("""
                date,kind,name
                2027-01-01,HOLIDAY,元旦
                2027-02-06,班,春节调休上班
                # a comment
                2027-02-07,休
                """);
        assertThat(read.problems()).isEmpty();
        assertThat(read.days()).containsExactly(
                new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
                new SpecialDay(LocalDate.of(2027, 2, 6), DayKind.WORKDAY, "春节调休上班"),
                new SpecialDay(LocalDate.of(2027, 2, 7), DayKind.HOLIDAY, "节假日"));
    }

    @Test
    void every_bad_line_is_reported_with_its_number() {
        var read = CalendarFile.read("""
                2027-01-01,HOLIDAY,元旦
                2027-02-30,HOLIDAY,春节
                2027-03-01,NAP,午睡
                2027-01-01,HOLIDAY,又一次
                just text
                1999-12-31,HOLIDAY,千禧
                """);
        assertThat(read.problems()).extracting(CalendarFile.Problem::line, CalendarFile.Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "error.calendar.import-date"),
                org.assertj.core.groups.Tuple.tuple(3, "error.calendar.import-kind"),
                org.assertj.core.groups.Tuple.tuple(4, "error.calendar.import-duplicate"),
                org.assertj.core.groups.Tuple.tuple(5, "error.calendar.import-columns"),
                org.assertj.core.groups.Tuple.tuple(6, "error.calendar.import-year"));
    }

    @Test
    void icalendar_events_with_a_range_and_working_days_told_by_their_summary() {
        var read = CalendarFile.read("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20270206\r
                DTEND;VALUE=DATE:20270209\r
                SUMMARY:春节\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                DTSTART;VALUE=DATE:20270214\r
                SUMMARY:春节补\r
                 班\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
        assertThat(read.problems()).isEmpty();
        assertThat(read.days()).extracting(SpecialDay::date, SpecialDay::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 6), DayKind.HOLIDAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 7), DayKind.HOLIDAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 8), DayKind.HOLIDAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 14), DayKind.WORKDAY));
        assertThat(read.days().get(3).name()).isEqualTo("春节补班");
    }

    @Test
    void a_bad_event_is_reported_at_its_begin_line_and_an_empty_file_is_refused() {
        var read = CalendarFile.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2027XX01\nSUMMARY:元旦\nEND:VEVENT\nEND:VCALENDAR\n");
        assertThat(read.problems()).extracting(CalendarFile.Problem::line).containsExactly(2);
        assertThat(CalendarFile.read("\n\n").problems()).extracting(CalendarFile.Problem::key)
                .containsExactly("error.calendar.import-empty");
    }
}
