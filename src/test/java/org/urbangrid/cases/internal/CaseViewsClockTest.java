package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;

/** The time left as people read it, on both sides of the deadline. */
class CaseViewsClockTest {

    private static final Instant DUE = Instant.parse("2026-11-25T04:00:00Z");

    private static long[] left(Instant now) {
        var deadlines = new NaturalTimeDeadlines();
        var d = new CaseData();
        d.stage = Stage.HANDLE;
        d.deadline = deadlines.start(DUE.minusSeconds(3600), TimeLimit.workHours(1));
        var clock = new CaseViews(deadlines, Clock.fixed(now, ZoneOffset.UTC)).clock(d);
        return new long[] {clock.minutesLeft(), clock.secondsLeft()};
    }

    @Test
    void fifty_nine_seconds_left_and_fifty_nine_seconds_over_read_differently() {
        assertThat(left(DUE.minusSeconds(59))).containsExactly(0, 59);
        assertThat(left(DUE.plusSeconds(59))).containsExactly(-1, -59);
        assertThat(left(DUE)).containsExactly(0, 0);
    }

    @Test
    void minutes_round_down_on_both_sides() {
        assertThat(left(DUE.minusSeconds(150))).containsExactly(2, 150);
        assertThat(left(DUE.plusSeconds(150))).containsExactly(-3, -150);
        assertThat(left(DUE.plusSeconds(60))).containsExactly(-1, -60);
    }
}
