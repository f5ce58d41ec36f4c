package org.urbangrid.deadline;

import java.time.Duration;
import java.time.LocalTime;

/** 工作时段: one stretch of working hours within a day, e.g. 08:30–12:00. */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("a working period must start before it ends: " + start + "–" + end);
        }
    }

    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
