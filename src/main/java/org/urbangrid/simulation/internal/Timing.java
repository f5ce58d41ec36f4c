package org.urbangrid.simulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.urbangrid.cases.ClockView;
import org.urbangrid.deadline.WorkCalendar;

/**
 * When people act, on the work calendar: within the time left on a stage clock (on time), or some way past its
 * deadline (late); people at the centre and in departments work in working hours.
 */
final class Timing {

    private static final Duration MIN_STEP = Duration.ofSeconds(30);

    private final WorkCalendar calendar;

    Timing(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * A moment for the next move on this clock: on time, at a share between {@code low} and {@code high} of the
     * time left; late, past the deadline by 5 % to 100 % of the limit.
     */
    Instant on(ClockView clock, Instant now, boolean late, double low, double high, Random random) {
        if (clock == null || clock.due() == null || clock.suspended()) {
            return workLater(now, 10, 60, random);
        }
        boolean work = WorkCalendar.isWork(clock.limit().unit());
        var due = clock.due();
        if (late) {
            var limit = calendar.length(clock.limit());
            var past = Duration.ofSeconds(Math.max(60, (long) (limit.toSeconds() * (0.05 + 0.95 * random.nextDouble()))));
            return after(now, calendar.shift(due, past, work));
        }
        var left = calendar.between(now, due, work);
        if (left.compareTo(MIN_STEP.multipliedBy(2)) <= 0) {
            return after(now, now.plus(MIN_STEP));
        }
        double share = low + (high - low) * random.nextDouble();
        var at = calendar.shift(now, Duration.ofSeconds((long) (left.toSeconds() * share)), work);
        return after(now, at.isBefore(due) ? at : due.minus(MIN_STEP));
    }

    /** Some work minutes later (an approval, a decision that has no clock of its own). */
    Instant workLater(Instant now, int minMinutes, int maxMinutes, Random random) {
        long minutes = minMinutes + random.nextInt(Math.max(1, maxMinutes - minMinutes + 1));
        return after(now, calendar.shift(now, Duration.ofMinutes(minutes).plusSeconds(random.nextInt(60)), true));
    }

    /** A moment in working time, {@code share} of the way through the work time from {@code from} to {@code to}. */
    Instant inWorkTime(Instant from, Instant to, double share) {
        var total = calendar.workBetween(from, to);
        return calendar.shift(from, Duration.ofSeconds((long) (total.toSeconds() * share)), true);
    }

    private static Instant after(Instant now, Instant at) {
        return at.isAfter(now) ? at : now.plus(MIN_STEP);
    }
}
