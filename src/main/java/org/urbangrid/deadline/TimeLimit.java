package org.urbangrid.deadline;

/** 时限: an amount in a unit, e.g. 4 work hours. */
public record TimeLimit(int amount, LimitUnit unit) {

    public TimeLimit {
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit must be positive: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a time limit needs a unit");
        }
    }

    public static TimeLimit workHours(int hours) {
        return new TimeLimit(hours, LimitUnit.WORK_HOURS);
    }

    public static TimeLimit workDays(int days) {
        return new TimeLimit(days, LimitUnit.WORK_DAYS);
    }

    public static TimeLimit workMinutes(int minutes) {
        return new TimeLimit(minutes, LimitUnit.WORK_MINUTES);
    }

    public static TimeLimit naturalHours(int hours) {
        return new TimeLimit(hours, LimitUnit.NATURAL_HOURS);
    }
}
