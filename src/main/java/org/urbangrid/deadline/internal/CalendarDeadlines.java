package org.urbangrid.deadline.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.urbangrid.deadline.Deadline;
import org.urbangrid.deadline.DeadlineStatus;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.deadline.WorkCalendar;

/**
 * Deadlines on the current work calendar. Every measure is in the limit's own time: work time for
 * work limits, natural time for natural ones. A deadline's limit always holds its whole allowance
 * (extensions included), so "time left" and "share used" never count suspended time.
 */
class CalendarDeadlines implements Deadlines {

    private final Supplier<WorkCalendar> calendar;
    private final Function<Stage, TimeLimit> stageLimits;
    private final double warnShare;

    CalendarDeadlines(Supplier<WorkCalendar> calendar, Function<Stage, TimeLimit> stageLimits, double warnShare) {
        if (warnShare <= 0 || warnShare > 1) {
            throw new IllegalArgumentException("the warning share must be in (0, 1]: " + warnShare);
        }
        this.calendar = calendar;
        this.stageLimits = stageLimits;
        this.warnShare = warnShare;
    }

    @Override
    public Deadline start(Instant at, TimeLimit limit) {
        var cal = calendar.get();
        var due = cal.add(at, limit);
        return new Deadline(at, limit, due, warnAt(cal, at, limit, due));
    }

    @Override
    public TimeLimit stageLimit(Stage stage) {
        if (stage == Stage.HANDLE) {
            throw new IllegalArgumentException("the handling limit comes from the filing condition, not a stage default");
        }
        return stageLimits.apply(stage);
    }

    @Override
    public Deadline extend(Deadline deadline, TimeLimit extra) {
        var cal = calendar.get();
        var due = cal.add(deadline.due(), extra);
        var limit = widened(cal, deadline, extra, due);
        return new Deadline(deadline.start(), limit, due, warnAt(cal, deadline.start(), limit, due));
    }

    @Override
    public Deadline resume(Deadline deadline, Instant suspendedAt, Instant resumedAt) {
        var cal = calendar.get();
        var work = WorkCalendar.isWork(deadline.limit().unit());
        var left = cal.between(suspendedAt, deadline.due(), work);
        var due = cal.shift(resumedAt, left, work);
        return new Deadline(deadline.start(), deadline.limit(), due, warnAt(cal, deadline.start(), deadline.limit(), due));
    }

    @Override
    public DeadlineStatus status(Deadline deadline, Instant now) {
        var cal = calendar.get();
        var allowance = cal.length(deadline.limit());
        var left = cal.between(now, deadline.due(), WorkCalendar.isWork(deadline.limit().unit()));
        double shareUsed = (double) allowance.minus(left).toMillis() / allowance.toMillis();
        return new DeadlineStatus(light(deadline, now), shareUsed, left, deadline.due());
    }

    private static Light light(Deadline deadline, Instant now) {
        if (now.isBefore(deadline.warnAt())) {
            return Light.GREEN;
        }
        return now.isBefore(deadline.due()) ? Light.YELLOW : Light.RED;
    }

    /**
     * The earliest instant from which only (1 − warning share) of the allowance is left before the due time.
     * Counted forward from the start over everything up to the due time, suspensions included, so that
     * the result is the same instant the light turns on after an extension or a resume.
     */
    private Instant warnAt(WorkCalendar cal, Instant start, TimeLimit limit, Instant due) {
        var work = WorkCalendar.isWork(limit.unit());
        var reserve = scaled(cal.length(limit), 1 - warnShare);
        return cal.shift(start, cal.between(start, due, work).minus(reserve), work);
    }

    /** The whole allowance after an extension, in the original unit when the units match, else in minutes. */
    private static TimeLimit widened(WorkCalendar cal, Deadline deadline, TimeLimit extra, Instant newDue) {
        var limit = deadline.limit();
        if (limit.unit() == extra.unit()) {
            return new TimeLimit(limit.amount() + extra.amount(), limit.unit());
        }
        var work = WorkCalendar.isWork(limit.unit());
        var added = cal.between(deadline.due(), newDue, work);
        var minutes = cal.length(limit).plus(added).toMinutes();
        return new TimeLimit(Math.toIntExact(minutes), work ? LimitUnit.WORK_MINUTES : LimitUnit.NATURAL_MINUTES);
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }
}
