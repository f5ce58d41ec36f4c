package org.urbangrid.cases.internal;

import java.time.Duration;
import java.time.Instant;

import org.urbangrid.deadline.Deadline;
import org.urbangrid.deadline.DeadlineStatus;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;

/** Deadlines counted round the clock (a work day = 8 hours), enough to test the aggregate apart from the calendar. */
class NaturalTimeDeadlines implements Deadlines {

    static Duration length(TimeLimit limit) {
        return switch (limit.unit()) {
            case NATURAL_MINUTES, WORK_MINUTES -> Duration.ofMinutes(limit.amount());
            case NATURAL_HOURS, WORK_HOURS -> Duration.ofHours(limit.amount());
            case WORK_DAYS -> Duration.ofHours(8L * limit.amount());
        };
    }

    @Override
    public Deadline start(Instant at, TimeLimit limit) {
        var length = length(limit);
        return new Deadline(at, limit, at.plus(length), at.plus(length.multipliedBy(8).dividedBy(10)));
    }

    @Override
    public TimeLimit stageLimit(Stage stage) {
        if (stage == Stage.HANDLE) {
            throw new IllegalArgumentException("HANDLE has no default");
        }
        return TimeLimit.workMinutes(30);
    }

    @Override
    public Deadline extend(Deadline d, TimeLimit extra) {
        return new Deadline(d.start(), d.limit(), d.due().plus(length(extra)), d.warnAt().plus(length(extra)));
    }

    @Override
    public Deadline resume(Deadline d, Instant suspendedAt, Instant resumedAt) {
        var paused = Duration.between(suspendedAt, resumedAt);
        return new Deadline(d.start(), d.limit(), d.due().plus(paused), d.warnAt().plus(paused));
    }

    @Override
    public DeadlineStatus status(Deadline d, Instant now) {
        var light = now.isBefore(d.warnAt()) ? Light.GREEN : now.isBefore(d.due()) ? Light.YELLOW : Light.RED;
        var total = Duration.between(d.start(), d.due()).toSeconds();
        var used = Duration.between(d.start(), now).toSeconds();
        return new DeadlineStatus(light, (double) used / total, Duration.between(now, d.due()), d.due());
    }
}
