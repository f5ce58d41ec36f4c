package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.support.IntegrationTest;

class AdminCalendarPageTest extends IntegrationTest {

    @Autowired
    WorkCalendars calendars;

    @Autowired
    StageLimits limits;

    @Test
    void the_page_shows_this_years_holidays_periods_limits_and_calculator() {
        var page = mvc.get().uri("/admin/calendar").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("2026 年的节假日与调休", "元旦", "法定节假日", "调休上班",
                "id=\"day-form\"", "id=\"periods-form\"", "value=\"08:30\"", "id=\"limits-form\"", "受理", "核查",
                "id=\"calc-form\"", "value=\"2026-11-25T09:00\"");
    }

    @Test
    void the_calculator_counts_work_hours_over_the_evening() {
        var answer = mvc.get().uri("/admin/calendar/calculate?from=2031-03-03T16:30&amount=4&unit=WORK_HOURS")
                .with(admin()).header("HX-Request", "true").exchange();
        assertThat(answer).hasStatusOk().bodyText().contains("从 2031-03-03 16:30 起 4 工作时 → 截止 2031-03-04 11:30")
                .doesNotContain("<html");
    }

    @Test
    void adding_a_holiday_changes_the_calculators_answer_and_removing_it_restores_it() {
        var added = mvc.post().uri("/admin/calendar/days").with(admin()).with(csrf()).param("date", "2031-03-04")
                .param("kind", "HOLIDAY").param("name", "测试假日").exchange();
        assertThat(added).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/calendar?year=2031");
        var answer = mvc.get().uri("/admin/calendar/calculate?from=2031-03-03T16:30&amount=4&unit=WORK_HOURS")
                .with(admin()).header("HX-Request", "true").exchange();
        assertThat(answer).bodyText().contains("截止 2031-03-05 11:30");
        assertThat(mvc.get().uri("/admin/calendar?year=2031").with(admin()).exchange()).bodyText()
                .contains("id=\"day-2031-03-04\"", "测试假日");
        mvc.post().uri("/admin/calendar/days/2031-03-04/delete").with(admin()).with(csrf()).exchange();
        assertThat(calendars.current().isWorkingDay(LocalDate.of(2031, 3, 4))).isTrue();
    }

    @Test
    void a_bad_day_or_calculation_is_refused_with_a_message() {
        var day = mvc.post().uri("/admin/calendar/days").with(admin()).with(csrf()).param("date", "2031-02-30")
                .param("kind", "HOLIDAY").exchange();
        assertThat(day).hasStatus(400).bodyText().contains("日期“2031-02-30”无效");
        var calc = mvc.get().uri("/admin/calendar/calculate?from=&amount=4&unit=WORK_HOURS").with(admin())
                .header("HX-Request", "true").exchange();
        assertThat(calc).hasStatusOk().bodyText().contains("id=\"calc-error\"", "请选择日期和时间");
    }

    @Test
    void overlapping_working_periods_are_refused_and_the_hours_stay() {
        var refused = mvc.post().uri("/admin/calendar/periods").with(admin()).with(csrf())
                .param("start", "08:30", "11:00").param("end", "12:00", "17:30").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("重叠");
        assertThat(calendars.current().periods()).hasSize(2);
        assertThat(calendars.current().dayLength().toMinutes()).isEqualTo(450);
    }

    @Test
    void stage_limits_are_edited_and_a_bad_one_is_refused() {
        var original = Map.copyOf(limits.all());
        try {
            var form = mvc.post().uri("/admin/calendar/limits").with(admin()).with(csrf());
            original.forEach((stage, limit) -> form.param("amount_" + stage,
                    stage == Stage.VERIFY ? "3" : String.valueOf(limit.amount()))
                    .param("unit_" + stage, stage == Stage.VERIFY ? "WORK_HOURS" : limit.unit().name()));
            assertThat(form.exchange()).hasStatus3xxRedirection();
            assertThat(limits.limit(Stage.VERIFY)).isEqualTo(TimeLimit.workHours(3));
            var bad = mvc.post().uri("/admin/calendar/limits").with(admin()).with(csrf());
            original.forEach((stage, limit) -> bad.param("amount_" + stage, "-1").param("unit_" + stage, "WORK_HOURS"));
            assertThat(bad.exchange()).hasStatus(400).bodyText().contains("时限“-1”无效");
            assertThat(limits.limit(Stage.VERIFY)).isEqualTo(TimeLimit.workHours(3));
        } finally {
            limits.change(original);
        }
    }
}
