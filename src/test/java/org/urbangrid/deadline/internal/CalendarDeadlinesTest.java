package org.urbangrid.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.deadline.WorkCalendar;

class CalendarDeadlinesTest {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    final WorkCalendar calendar = new WorkCalendar(CITY, WorkCalendar.DEFAULT_PERIODS, List.of());
    final CalendarDeadlines deadlines = new CalendarDeadlines(() -> calendar,
            stage -> stage == Stage.ACCEPT ? TimeLimit.workMinutes(10) : TimeLimit.workMinutes(30), 0.8);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CITY).toInstant();
    }

    @Test
    void start_sets_due_and_warning_at_eighty_percent_in_work_time() {
        // 4 work hours from Wednesday 09:00: 3 h before lunch, 1 h after; 80 % = 3 h 12 min.
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        assertThat(deadline.due()).isEqualTo(at("2026-11-25T14:30"));
        assertThat(deadline.warnAt()).isEqualTo(at("2026-11-25T13:42"));
        assertThat(deadline.start()).isEqualTo(at("2026-11-25T09:00"));
    }

    @Test
    void accept_stage_of_ten_minutes_warns_after_eight() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), deadlines.stageLimit(Stage.ACCEPT));
        assertThat(deadline.due()).isEqualTo(at("2026-11-25T09:10"));
        assertThat(deadline.warnAt()).isEqualTo(at("2026-11-25T09:08"));
    }

    @Test
    void light_turns_yellow_at_warning_and_red_at_due() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        assertThat(deadlines.status(deadline, at("2026-11-25T13:41")).light()).isEqualTo(Light.GREEN);
        assertThat(deadlines.status(deadline, at("2026-11-25T13:42")).light()).isEqualTo(Light.YELLOW);
        assertThat(deadlines.status(deadline, at("2026-11-25T14:29")).light()).isEqualTo(Light.YELLOW);
        assertThat(deadlines.status(deadline, at("2026-11-25T14:30")).light()).isEqualTo(Light.RED);
    }

    @Test
    void share_used_and_time_left_are_in_work_time() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        var beforeLunch = deadlines.status(deadline, at("2026-11-25T11:00"));
        assertThat(beforeLunch.shareUsed()).isCloseTo(0.5, within(1e-9));
        assertThat(beforeLunch.timeLeft()).isEqualTo(Duration.ofHours(2));
        assertThat(deadlines.status(deadline, at("2026-11-25T12:45")).shareUsed()).isCloseTo(0.75, within(1e-9));
        assertThat(beforeLunch.due()).isEqualTo(deadline.due());
    }

    @Test
    void overdue_status_has_negative_time_left_and_share_above_one() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        var late = deadlines.status(deadline, at("2026-11-25T15:30"));
        assertThat(late.light()).isEqualTo(Light.RED);
        assertThat(late.timeLeft()).isEqualTo(Duration.ofHours(-1));
        assertThat(late.shareUsed()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void natural_limit_runs_round_the_clock() {
        var deadline = deadlines.start(at("2026-11-27T16:30"), TimeLimit.naturalHours(24));
        assertThat(deadline.due()).isEqualTo(at("2026-11-28T16:30"));
        assertThat(deadline.warnAt()).isEqualTo(at("2026-11-28T11:42"));
        assertThat(deadlines.status(deadline, at("2026-11-28T04:30")).shareUsed()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void extension_in_the_same_unit_adds_to_the_limit_and_moves_the_warning() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        var extended = deadlines.extend(deadline, TimeLimit.workHours(2));
        assertThat(extended.due()).isEqualTo(at("2026-11-25T16:30"));
        assertThat(extended.limit()).isEqualTo(TimeLimit.workHours(6));
        assertThat(extended.warnAt()).as("80 % of 6 h = 4 h 48 min of work").isEqualTo(at("2026-11-25T15:18"));
        assertThat(deadlines.status(extended, at("2026-11-25T15:00")).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void extension_by_work_days_is_counted_on_the_calendar_from_the_old_due_time() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        var extended = deadlines.extend(deadline, TimeLimit.workDays(1));
        assertThat(extended.due()).isEqualTo(at("2026-11-26T14:30"));
        assertThat(extended.limit()).isEqualTo(new TimeLimit(240 + 450, LimitUnit.WORK_MINUTES));
    }

    @Test
    void extending_an_overdue_deadline_can_turn_it_back_to_yellow_or_green() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        assertThat(deadlines.status(deadline, at("2026-11-25T15:00")).light()).isEqualTo(Light.RED);
        var extended = deadlines.extend(deadline, TimeLimit.workHours(4));
        assertThat(deadlines.status(extended, at("2026-11-25T15:00")).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void resume_counts_the_time_left_again_from_resuming() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        // Suspended at 11:00 with 2 work hours left; resumed Friday 16:30: 1 h Friday, 1 h Monday.
        var resumed = deadlines.resume(deadline, at("2026-11-25T11:00"), at("2026-11-27T16:30"));
        assertThat(resumed.due()).isEqualTo(at("2026-11-30T09:30"));
        assertThat(resumed.limit()).isEqualTo(deadline.limit());
        assertThat(resumed.start()).isEqualTo(deadline.start());
    }

    @Test
    void suspended_time_does_not_count_in_share_or_light() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workHours(4));
        var resumed = deadlines.resume(deadline, at("2026-11-25T11:00"), at("2026-11-27T16:30"));
        var friday = deadlines.status(resumed, at("2026-11-27T17:00"));
        assertThat(friday.shareUsed()).isCloseTo(0.625, within(1e-9));
        assertThat(friday.light()).isEqualTo(Light.GREEN);
        // 48 min of work left (20 %) is reached on Monday at 08:42, 48 min before the 09:30 due time.
        assertThat(resumed.warnAt()).isEqualTo(at("2026-11-30T08:42"));
        assertThat(deadlines.status(resumed, at("2026-11-30T09:30")).light()).isEqualTo(Light.RED);
    }

    @Test
    void resume_of_a_natural_limit_shifts_by_the_suspended_natural_time() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.naturalHours(24));
        var resumed = deadlines.resume(deadline, at("2026-11-25T19:00"), at("2026-11-28T10:00"));
        assertThat(resumed.due()).isEqualTo(at("2026-11-29T00:00"));
    }

    @Test
    void resume_after_being_suspended_while_overdue_keeps_it_overdue() {
        var deadline = deadlines.start(at("2026-11-25T09:00"), TimeLimit.workMinutes(30));
        var resumed = deadlines.resume(deadline, at("2026-11-25T10:00"), at("2026-11-26T10:00"));
        assertThat(resumed.due()).isEqualTo(at("2026-11-26T09:30"));
        assertThat(deadlines.status(resumed, at("2026-11-26T10:00")).timeLeft()).isEqualTo(Duration.ofMinutes(-30));
    }

    @Test
    void handling_stage_has_no_default_limit() {
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.stageLimit(Stage.HANDLE));
        assertThat(deadlines.stageLimit(Stage.CLOSE)).isEqualTo(TimeLimit.workMinutes(30));
    }

    @Test
    void warning_share_outside_zero_to_one_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDeadlines(() -> calendar, s -> null, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarDeadlines(() -> calendar, s -> null, 0));
    }
}
