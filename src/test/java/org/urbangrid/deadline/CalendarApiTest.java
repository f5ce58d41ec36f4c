package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class CalendarApiTest extends IntegrationTest {

    static final String ADMIN = "deadline-admin";
    static final String OPERATOR = "deadline-operator";

    @Autowired Organization organization;
    @Autowired WorkCalendars calendars;

    @BeforeEach
    void staff() {
        for (var entry : Map.of(ADMIN, Role.ADMIN, OPERATOR, Role.OPERATOR).entrySet()) {
            if (organization.staffByUsername(entry.getKey()).isEmpty()) {
                organization.createStaff(new NewStaff(entry.getKey(), "时限测试", Api.DEMO_PASSWORD, entry.getValue(),
                        null, null, null));
            }
        }
    }

    @Test
    void any_staff_reads_the_year_with_its_special_days_and_working_hours() {
        var result = api.get(OPERATOR, "/api/calendar?year=2026");
        assertThat(result).hasStatusOk();
        assertThat(Api.<Integer>read(result, "$.year")).isEqualTo(2026);
        assertThat(Api.<List<String>>read(result, "$.specialDays[*].date")).hasSize(39).contains("2026-10-10");
        assertThat(Api.<String>read(result, "$.specialDays[0].name")).isEqualTo("元旦");
        assertThat(Api.<List<String>>read(result, "$.workingPeriods[*].start")).containsExactly("08:30:00", "13:30:00");
    }

    @Test
    void admin_marks_and_unmarks_a_holiday() {
        var put = api.put(ADMIN, "/api/calendar/days/2033-05-18", "{\"kind\":\"HOLIDAY\",\"name\":\"城市日\"}");
        assertThat(put).hasStatusOk();
        assertThat(Api.<String>read(api.get(OPERATOR, "/api/calendar?year=2033"), "$.specialDays[0].name")).isEqualTo("城市日");
        assertThat(api.delete(ADMIN, "/api/calendar/days/2033-05-18")).hasStatus(204);
        assertThat(Api.<List<Object>>read(api.get(OPERATOR, "/api/calendar?year=2033"), "$.specialDays")).isEmpty();
    }

    @Test
    void non_admin_cannot_edit_the_calendar_or_stage_limits() {
        var day = "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}";
        assertThat(api.put(OPERATOR, "/api/calendar/days/2033-05-19", day)).hasStatus(403);
        assertThat(api.delete(OPERATOR, "/api/calendar/days/2026-10-01")).hasStatus(403);
        assertThat(api.put(OPERATOR, "/api/calendar/working-hours", "{\"periods\":[{\"start\":\"09:00\",\"end\":\"17:00\"}]}"))
                .hasStatus(403);
        assertThat(api.put(OPERATOR, "/api/stage-limits", "[{\"stage\":\"CHECK\",\"amount\":5,\"unit\":\"WORK_MINUTES\"}]"))
                .hasStatus(403);
        assertThat(calendars.current().isWorkingDay(java.time.LocalDate.parse("2026-10-01"))).isFalse();
    }

    @Test
    void invalid_special_day_is_a_validation_problem_and_nothing_is_stored() {
        assertThat(api.put(ADMIN, "/api/calendar/days/2033-05-20", "{\"kind\":\"HOLIDAY\",\"name\":\"\"}")).hasStatus(400);
        assertThat(api.put(ADMIN, "/api/calendar/days/2033-05-20", "{\"kind\":\"NAP\",\"name\":\"午睡\"}")).hasStatus(400);
        var badDate = api.put(ADMIN, "/api/calendar/days/2033-13-40", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
        assertThat(badDate).hasStatus(400);
        assertThat(Api.<String>read(badDate, "$.code")).isEqualTo("error.parameter-type");
        assertThat(calendars.specialDays(2033)).noneMatch(d -> d.date().toString().equals("2033-05-20"));
    }

    @Test
    void deleting_a_date_that_is_not_special_is_404() {
        var result = api.delete(ADMIN, "/api/calendar/days/2034-03-01");
        assertThat(result).hasStatus(404);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.calendar.day-not-found");
        var english = mvc.delete().uri("/api/calendar/days/2034-03-01").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + api.token(ADMIN)).exchange();
        assertThat(Api.<String>read(english, "$.detail")).startsWith("2034-03-01 is not a special day");
    }

    @Test
    void overlapping_working_periods_are_refused_with_the_periods_named() {
        var result = api.put(ADMIN, "/api/calendar/working-hours",
                "{\"periods\":[{\"start\":\"08:30\",\"end\":\"12:00\"},{\"start\":\"11:00\",\"end\":\"17:30\"}]}");
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.calendar.periods-overlap");
        assertThat(Api.<String>read(result, "$.detail")).contains("08:30–12:00").contains("11:00–17:30");
        assertThat(calendars.current().periods()).isEqualTo(WorkCalendar.DEFAULT_PERIODS);
    }

    @Test
    void period_ending_before_it_starts_or_empty_hours_are_refused() {
        var reversed = api.put(ADMIN, "/api/calendar/working-hours", "{\"periods\":[{\"start\":\"17:00\",\"end\":\"09:00\"}]}");
        assertThat(reversed).hasStatus(400);
        assertThat(Api.<String>read(reversed, "$.code")).isEqualTo("error.calendar.period-order");
        assertThat(api.put(ADMIN, "/api/calendar/working-hours", "{\"periods\":[]}")).hasStatus(400);
        assertThat(api.put(ADMIN, "/api/calendar/working-hours", "{\"periods\":[{\"start\":\"09:00\",\"end\":\"24:00\"}]}"))
                .hasStatus(400);
        assertThat(calendars.current().periods()).isEqualTo(WorkCalendar.DEFAULT_PERIODS);
    }

    @Test
    void admin_replaces_working_hours_through_the_api() {
        try {
            var result = api.put(ADMIN, "/api/calendar/working-hours",
                    "{\"periods\":[{\"start\":\"08:00\",\"end\":\"12:00\"},{\"start\":\"14:00\",\"end\":\"18:00\"}]}");
            assertThat(result).hasStatusOk();
            assertThat(Api.<List<String>>read(result, "$[*].end")).containsExactly("12:00:00", "18:00:00");
            assertThat(calendars.current().dayLength()).isEqualTo(java.time.Duration.ofHours(8));
        } finally {
            calendars.replaceWorkingHours(WorkCalendar.DEFAULT_PERIODS);
        }
    }

    @Test
    void calculator_adds_four_work_hours_to_friday_before_qingming() {
        var result = api.get(OPERATOR, "/api/calendar/add?from=2026-04-03T16:30&amount=4&unit=WORK_HOURS");
        assertThat(result).hasStatusOk();
        assertThat(Api.<String>read(result, "$.due")).isEqualTo("2026-04-07T03:30:00Z");
        assertThat(Api.<String>read(result, "$.dueLocal")).isEqualTo("2026-04-07T11:30:00");
        assertThat(Api.<Boolean>read(result, "$.fromInWorkingTime")).isTrue();
    }

    @Test
    void calculator_accepts_an_offset_and_defaults_to_now() {
        var withOffset = api.get(OPERATOR, "/api/calendar/add?from=2026-09-30T01:00:00Z&amount=2&unit=WORK_DAYS");
        assertThat(Api.<String>read(withOffset, "$.dueLocal")).isEqualTo("2026-10-09T09:00:00");
        var now = api.get(OPERATOR, "/api/calendar/add?amount=30&unit=WORK_MINUTES");
        assertThat(Api.<String>read(now, "$.dueLocal")).isEqualTo("2026-11-25T09:30:00");
    }

    @Test
    void calculator_explains_bad_input() {
        var badFrom = api.get(OPERATOR, "/api/calendar/add?from=friday&amount=4&unit=WORK_HOURS");
        assertThat(badFrom).hasStatus(400);
        assertThat(Api.<String>read(badFrom, "$.code")).isEqualTo("error.calendar.bad-instant");
        assertThat(api.get(OPERATOR, "/api/calendar/add?amount=0&unit=WORK_HOURS")).hasStatus(400);
        assertThat(api.get(OPERATOR, "/api/calendar/add?amount=4&unit=FORTNIGHTS")).hasStatus(400);
        assertThat(mvc.get().uri("/api/calendar/add?amount=4&unit=WORK_HOURS").exchange()).hasStatus(401);
    }

    @Test
    void stage_limits_are_listed_and_changed_by_an_admin() {
        var list = api.get(OPERATOR, "/api/stage-limits");
        assertThat(Api.<List<String>>read(list, "$[*].stage"))
                .containsExactly("ACCEPT", "VERIFY", "FILE", "DISPATCH", "SEND_TO_CHECK", "CHECK", "CLOSE");
        assertThat(Api.<Integer>read(list, "$[0].amount")).isEqualTo(10);
        try {
            var changed = api.put(ADMIN, "/api/stage-limits", "[{\"stage\":\"CLOSE\",\"amount\":2,\"unit\":\"WORK_HOURS\"}]");
            assertThat(changed).hasStatusOk();
            assertThat(Api.<String>read(changed, "$[6].unit")).isEqualTo("WORK_HOURS");
        } finally {
            api.put(ADMIN, "/api/stage-limits", "[{\"stage\":\"CLOSE\",\"amount\":30,\"unit\":\"WORK_MINUTES\"}]");
        }
    }

    @Test
    void handling_stage_or_non_positive_amounts_cannot_be_set_as_stage_limits() {
        var handle = api.put(ADMIN, "/api/stage-limits", "[{\"stage\":\"HANDLE\",\"amount\":4,\"unit\":\"WORK_HOURS\"}]");
        assertThat(handle).hasStatus(400);
        assertThat(Api.<String>read(handle, "$.code")).isEqualTo("error.deadline.handle-has-no-default");
        assertThat(api.put(ADMIN, "/api/stage-limits", "[{\"stage\":\"CHECK\",\"amount\":0,\"unit\":\"WORK_HOURS\"}]"))
                .hasStatus(400);
        assertThat(Api.<Integer>read(api.get(ADMIN, "/api/stage-limits"), "$[5].amount")).isEqualTo(30);
    }
}
