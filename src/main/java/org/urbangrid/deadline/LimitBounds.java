package org.urbangrid.deadline;

import org.urbangrid.platform.UrbanGridException;

/**
 * 时限上限: the longest time limit a city means, per unit. Every limit an administrator or a department states
 * (filing-condition handling limits, stage limits, extensions) is checked against these where it is saved, so
 * the work calendar is only ever asked about dates a case can reach.
 */
public final class LimitBounds {

    /** 60 working days: about a quarter of a year, longer than any published handling limit (20 work days). */
    public static final int MAX_WORK_DAYS = 60;
    /** 720 working hours. */
    public static final int MAX_WORK_HOURS = 720;
    /** 720 working hours in minutes. */
    public static final int MAX_WORK_MINUTES = MAX_WORK_HOURS * 60;
    /** 365 days round the clock. */
    public static final int MAX_NATURAL_HOURS = 365 * 24;
    /** 365 days round the clock, in minutes. */
    public static final int MAX_NATURAL_MINUTES = MAX_NATURAL_HOURS * 60;

    private LimitBounds() {}

    /** The largest amount allowed in a unit. */
    public static int max(LimitUnit unit) {
        return switch (unit) {
            case WORK_DAYS -> MAX_WORK_DAYS;
            case WORK_HOURS -> MAX_WORK_HOURS;
            case WORK_MINUTES -> MAX_WORK_MINUTES;
            case NATURAL_HOURS -> MAX_NATURAL_HOURS;
            case NATURAL_MINUTES -> MAX_NATURAL_MINUTES;
        };
    }

    public static boolean allows(int amount, LimitUnit unit) {
        return unit != null && amount >= 1 && amount <= max(unit);
    }

    public static boolean allows(TimeLimit limit) {
        return limit != null && allows(limit.amount(), limit.unit());
    }

    /**
     * The limit, or a 400 refusal {@code error.deadline.limit-out-of-bounds} naming the field, the amount and the
     * allowed range in the unit (property {@code field} on the problem).
     */
    public static TimeLimit require(String field, int amount, LimitUnit unit) {
        return require(field, field, amount, unit);
    }

    /** As {@link #require(String, int, LimitUnit)}, the message showing {@code shownAs} (an enum is localized). */
    public static TimeLimit require(String field, Object shownAs, int amount, LimitUnit unit) {
        if (unit == null) {
            throw UrbanGridException.invalid("error.deadline.limit-unit-missing", shownAs).with("field", field);
        }
        if (!allows(amount, unit)) {
            throw UrbanGridException.invalid("error.deadline.limit-out-of-bounds", shownAs, amount, max(unit), unit)
                    .with("field", field).with("max", max(unit));
        }
        return new TimeLimit(amount, unit);
    }

    /** Checks an existing limit; see {@link #require(String, int, LimitUnit)}. */
    public static TimeLimit require(String field, TimeLimit limit) {
        return require(field, field, limit.amount(), limit.unit());
    }
}
