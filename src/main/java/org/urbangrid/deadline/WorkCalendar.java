package org.urbangrid.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * 工作日历: working periods of the day, weekends off, public holidays off and swapped working days
 * (调休) worked, in the city's zone. Immutable and pure: it answers "is this working time", "when is
 * this limit reached" and "how much work time lies between". Dates without a special day follow the usual week, so
 * any date is answered, also years nobody has configured yet; runs of whole weeks without special days are counted
 * at once rather than day by day.
 */
public final class WorkCalendar {

    public static final List<WorkingPeriod> DEFAULT_PERIODS =
            List.of(WorkingPeriod.of("08:30", "12:00"), WorkingPeriod.of("13:30", "17:30"));
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    /** Working days of the usual week, the pattern every date without a special day follows. */
    private static final int WORKING_DAYS_PER_WEEK = 7 - WEEKEND.size();

    private final ZoneId zone;
    private final List<WorkingPeriod> periods;
    private final List<WorkingPeriod> periodsBackwards;
    private final NavigableMap<LocalDate, SpecialDay> specialDays = new TreeMap<>();

    public WorkCalendar(ZoneId zone, List<WorkingPeriod> periods, Collection<SpecialDay> specialDays) {
        this.zone = zone;
        this.periods = List.copyOf(periods);
        validate(this.periods);
        var backwards = new ArrayList<>(this.periods);
        Collections.reverse(backwards);
        this.periodsBackwards = List.copyOf(backwards);
        specialDays.forEach(day -> this.specialDays.put(day.date(), day));
    }

    /** Default working hours, weekends off, no holidays. */
    public static WorkCalendar standard(ZoneId zone) {
        return new WorkCalendar(zone, DEFAULT_PERIODS, List.of());
    }

    /** Periods must be non-empty, in order and must not overlap (touching is allowed). */
    public static void validate(List<WorkingPeriod> periods) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods must be in order and not overlap: "
                        + periods.get(i - 1) + ", " + periods.get(i));
            }
        }
    }

    public ZoneId zone() { return zone; }

    public List<WorkingPeriod> periods() { return periods; }

    public List<SpecialDay> specialDays() { return List.copyOf(specialDays.values()); }

    /** Length of one working day (工作日), the sum of the working periods. */
    public Duration dayLength() {
        return periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    public boolean isWorkingDay(LocalDate date) {
        var special = specialDays.get(date);
        if (special != null) {
            return special.kind() == DayKind.WORKDAY;
        }
        return !WEEKEND.contains(date.getDayOfWeek());
    }

    /** Inside a working period of a working day; a period includes its start, not its end. */
    public boolean isWorkingTime(Instant instant) {
        var local = local(instant);
        return isWorkingDay(local.toLocalDate()) && periods.stream().anyMatch(p ->
                !local.toLocalTime().isBefore(p.start()) && local.toLocalTime().isBefore(p.end()));
    }

    /** The limit's amount in its own time: natural time, or work time (a work day is {@link #dayLength()}). */
    public Duration length(TimeLimit limit) {
        return switch (limit.unit()) {
            case NATURAL_MINUTES, WORK_MINUTES -> Duration.ofMinutes(limit.amount());
            case NATURAL_HOURS, WORK_HOURS -> Duration.ofHours(limit.amount());
            case WORK_DAYS -> dayLength().multipliedBy(limit.amount());
        };
    }

    /** When the limit counted from {@code from} is used up. */
    public Instant add(Instant from, TimeLimit limit) {
        return shift(from, length(limit), isWork(limit.unit()));
    }

    /** Moves an instant by an amount of work time (or natural time); negative amounts move back. */
    public Instant shift(Instant from, Duration amount, boolean work) {
        if (!work) {
            return from.plus(amount);
        }
        return amount.isNegative() ? minusWork(from, amount.negated()) : plusWork(from, amount);
    }

    /** Time between two instants, work or natural; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to, boolean work) {
        return work ? workBetween(from, to) : Duration.between(from, to);
    }

    /** Work time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workBetween(to, from).negated();
        }
        var start = local(from);
        var end = local(to);
        var total = Duration.ZERO;
        var last = end.toLocalDate();
        for (var day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.isAfter(start.toLocalDate())) {
                long weeks = Math.min(freeWeeksAhead(day), ChronoUnit.DAYS.between(day, last) / 7);
                total = total.plus(weekWork().multipliedBy(weeks));
                day = day.plusWeeks(weeks);
            }
            if (!isWorkingDay(day)) {
                continue;
            }
            for (var period : periods) {
                var s = max(day.atTime(period.start()), start);
                var e = min(day.atTime(period.end()), end);
                if (s.isBefore(e)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    public static boolean isWork(LimitUnit unit) {
        return unit == LimitUnit.WORK_MINUTES || unit == LimitUnit.WORK_HOURS || unit == LimitUnit.WORK_DAYS;
    }

    /** The earliest instant by which {@code work} of working time has passed since {@code from}. */
    private Instant plusWork(Instant from, Duration work) {
        if (work.isZero()) {
            return from;
        }
        var at = local(from);
        var left = work;
        for (var day = at.toLocalDate(); ; day = day.plusDays(1)) {
            if (day.isAfter(at.toLocalDate())) {
                long weeks = Math.min(freeWeeksAhead(day), weeksToSkip(left));
                left = left.minus(weekWork().multipliedBy(weeks));
                day = day.plusWeeks(weeks);
            }
            for (var period : isWorkingDay(day) ? periods : List.<WorkingPeriod>of()) {
                var s = max(day.atTime(period.start()), at);
                var e = day.atTime(period.end());
                if (!s.isBefore(e)) {
                    continue;
                }
                var available = Duration.between(s, e);
                if (left.compareTo(available) <= 0) {
                    return instant(s.plus(left));
                }
                left = left.minus(available);
            }
        }
    }

    /** The latest instant from which {@code work} of working time leads up to {@code from}. */
    private Instant minusWork(Instant from, Duration work) {
        var at = local(from);
        var left = work;
        for (var day = at.toLocalDate(); ; day = day.minusDays(1)) {
            if (day.isBefore(at.toLocalDate())) {
                long weeks = Math.min(freeWeeksBack(day), weeksToSkip(left));
                left = left.minus(weekWork().multipliedBy(weeks));
                day = day.minusWeeks(weeks);
            }
            for (var period : isWorkingDay(day) ? periodsBackwards : List.<WorkingPeriod>of()) {
                var s = day.atTime(period.start());
                var e = min(day.atTime(period.end()), at);
                if (!s.isBefore(e)) {
                    continue;
                }
                var available = Duration.between(s, e);
                if (left.compareTo(available) <= 0) {
                    return instant(e.minus(left));
                }
                left = left.minus(available);
            }
        }
    }

    /** Work time of a usual week: five working days. */
    private Duration weekWork() {
        return dayLength().multipliedBy(WORKING_DAYS_PER_WEEK);
    }

    /** Whole usual weeks that fit in the work left while leaving some of it (more than nothing) to place exactly. */
    private long weeksToSkip(Duration left) {
        return Math.max(0, (left.toNanos() - 1) / weekWork().toNanos());
    }

    /** Whole weeks from {@code day} on (it included) before the next special day; unbounded past the last one. */
    private long freeWeeksAhead(LocalDate day) {
        var next = specialDays.ceilingKey(day);
        return next == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(day, next) / 7;
    }

    /** Whole weeks back from {@code day} (it included) after the previous special day. */
    private long freeWeeksBack(LocalDate day) {
        var previous = specialDays.floorKey(day);
        return previous == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(previous, day) / 7;
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
