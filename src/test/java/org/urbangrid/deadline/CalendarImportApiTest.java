package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 2025 is seeded; next year's notice is imported all or nothing; the console warns from 1 November when it is missing. */
class CalendarImportApiTest extends IntegrationTest {

    @Autowired WorkCalendars calendars;

    private MvcTestResult importText(String user, String contentType, String body) {
        return mvc.post().uri("/api/calendar/import").header("Authorization", "Bearer " + api.token(user))
                .contentType(contentType).content(body).exchange();
    }

    private void clear(int year) {
        calendars.specialDays(year).forEach(day -> calendars.deleteDay(day.date()));
    }

    @Test
    void the_2025_notice_is_seeded_with_its_swapped_working_days() {
        var year = api.get("operator", "/api/calendar?year=2025");
        assertThat(Api.<List<String>>read(year, "$.specialDays[*].date")).hasSize(33)
                .contains("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2025-10-08");
        var calendar = calendars.current();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("a working Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
        // One work day from Monday 27 January 16:30 skips the whole Spring Festival to Wednesday 5 February.
        var due = api.get("operator", "/api/calendar/add?from=2025-01-27T16:30&amount=1&unit=WORK_DAYS");
        assertThat(Api.<String>read(due, "$.dueLocal")).isEqualTo("2025-02-05T16:30:00");
    }

    @Test
    void a_csv_notice_replaces_its_years_days_and_counts_at_once() {
        try {
            calendars.saveDay(new SpecialDay(LocalDate.of(2036, 3, 3), DayKind.HOLIDAY, "旧的"));
            var result = importText("admin", "text/csv", "date,kind,name\n2036-01-01,HOLIDAY,元旦\n2036-01-05,WORKDAY,\n");
            assertThat(result).as(Api.body(result)).hasStatusOk();
            assertThat(Api.<List<Integer>>read(result, "$.years")).containsExactly(2036);
            assertThat(Api.<Integer>read(result, "$.stored")).isEqualTo(2);
            assertThat(Api.<Integer>read(result, "$.replaced")).isEqualTo(1);
            assertThat(calendars.specialDays(2036)).extracting(SpecialDay::date, SpecialDay::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2036, 1, 1), "元旦"),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2036, 1, 5), "调休上班"));
            assertThat(calendars.current().isWorkingDay(LocalDate.of(2036, 1, 1))).isFalse();
        } finally {
            clear(2036);
        }
    }

    @Test
    void a_bad_line_refuses_the_whole_file_listing_the_line_numbers() {
        try {
            calendars.saveDay(new SpecialDay(LocalDate.of(2037, 5, 1), DayKind.HOLIDAY, "劳动节"));
            var result = importText("admin", "text/csv", "2037-01-01,HOLIDAY,元旦\n2037-02-30,HOLIDAY,春节\n2037-03-01,NAP\n");
            assertThat(result).hasStatus(400);
            assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.calendar.import-invalid");
            assertThat(Api.<String>read(result, "$.detail")).contains("2, 3");
            assertThat(Api.<List<Integer>>read(result, "$.errors[*].line")).containsExactly(2, 3);
            assertThat(Api.<List<String>>read(result, "$.errors[*].message")).anyMatch(m -> m.contains("2037-02-30"));
            assertThat(calendars.specialDays(2037)).extracting(SpecialDay::name).containsExactly("劳动节");
        } finally {
            clear(2037);
        }
    }

    @Test
    void an_icalendar_upload_is_imported_and_only_an_admin_may_import() {
        try {
            var ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20380101\r\nDTEND;VALUE=DATE:20380104\r\n"
                    + "SUMMARY:元旦\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20380109\r\nSUMMARY:元旦调休上班\r\n"
                    + "END:VEVENT\r\nEND:VCALENDAR\r\n";
            assertThat(mvc.post().uri("/api/calendar/import").multipart()
                    .file(new MockMultipartFile("file", "2038.ics", "text/calendar", ics.getBytes()))
                    .header("Authorization", "Bearer " + api.token("operator")).exchange()).hasStatus(403);
            var result = mvc.post().uri("/api/calendar/import").multipart()
                    .file(new MockMultipartFile("file", "2038.ics", "text/calendar", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + api.token("admin")).exchange();
            assertThat(result).as(Api.body(result)).hasStatusOk();
            assertThat(calendars.specialDays(2038)).extracting(SpecialDay::kind).containsExactly(DayKind.HOLIDAY,
                    DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WORKDAY);
            assertThat(importText("operator", "text/csv", "2038-05-01,HOLIDAY,x")).hasStatus(403);
        } finally {
            clear(2038);
        }
    }

    @Test
    void from_the_first_of_november_the_console_warns_while_next_year_is_missing() {
        clock.set(LocalDateTime.of(2040, 10, 31, 23, 30));
        var admin = user("admin").roles("ADMIN");
        assertThat(mvc.get().uri("/admin/calendar").with(admin).exchange()).hasStatusOk().bodyText()
                .doesNotContain("id=\"next-year-missing\"");
        clock.set(LocalDateTime.of(2040, 11, 1, 0, 30));
        assertThat(mvc.get().uri("/admin").with(admin).exchange()).hasStatusOk().bodyText()
                .contains("id=\"next-year-missing\"", "2041 年的节假日安排尚未录入");
        try {
            var uploaded = mvc.post().uri("/admin/calendar/import").multipart()
                    .file(new MockMultipartFile("file", "2041.csv", "text/csv", "2041-01-01,HOLIDAY,元旦\n".getBytes()))
                    .with(admin).with(csrf()).exchange();
            assertThat(uploaded).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/calendar?year=2041");
            assertThat(mvc.get().uri("/admin/calendar").with(admin).exchange()).bodyText()
                    .doesNotContain("id=\"next-year-missing\"");
        } finally {
            clear(2041);
        }
    }

    @Test
    void a_bad_file_on_the_admin_page_shows_its_bad_lines_and_stores_nothing() {
        var refused = mvc.post().uri("/admin/calendar/import").multipart()
                .file(new MockMultipartFile("file", "bad.csv", "text/csv", "2039-01-01,HOLIDAY\n2039-13-01,HOLIDAY\n".getBytes()))
                .with(user("admin").roles("ADMIN")).with(csrf()).exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("id=\"import-report\"", "2039-13-01", "行:2");
        assertThat(calendars.specialDays(2039)).isEmpty();
    }
}
