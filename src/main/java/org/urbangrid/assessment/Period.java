package org.urbangrid.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;

/**
 * 考核周期: a day, ISO week, month, quarter, year or any from–to range of the city's local dates, both ends
 * inclusive. Written as {@code 2026-11-05}, {@code 2026-W45}, {@code 2026-11}, {@code 2026-Q4}, {@code 2026} or
 * {@code 2026-11-03..2026-11-20}.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { DAY, WEEK, MONTH, QUARTER, YEAR, RANGE }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    public static Period day(LocalDate day) {
        return new Period(Kind.DAY, day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        var from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period week(LocalDate anyDay) {
        var monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6));
    }

    /** Reads the written forms above; throws {@link IllegalArgumentException} on anything else. */
    public static Period parse(String text) {
        var s = text == null ? "" : text.trim();
        try {
            if (s.contains("..")) {
                var parts = s.split("\\.\\.", 2);
                return new Period(Kind.RANGE, LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
            }
            var w = WEEK.matcher(s);
            if (w.matches()) {
                int year = Integer.parseInt(w.group(1));
                int week = Integer.parseInt(w.group(2));
                var day = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
                if (day.get(IsoFields.WEEK_BASED_YEAR) != year) {
                    throw new IllegalArgumentException("no such week: " + s);
                }
                return week(day);
            }
            var q = QUARTER.matcher(s);
            if (q.matches()) {
                return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
            }
            if (MONTH.matcher(s).matches()) {
                return month(YearMonth.parse(s));
            }
            if (YEAR.matcher(s).matches()) {
                return year(Integer.parseInt(s));
            }
            return day(LocalDate.parse(s));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a period: " + s, e);
        }
    }

    /** The period of the same kind just before this one (a range: the same number of days before it). */
    public Period previous() {
        return switch (kind) {
            case DAY -> day(from.minusDays(1));
            case WEEK -> week(from.minusDays(7));
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case QUARTER -> quarter(from.minusMonths(3).getYear(), (from.minusMonths(3).getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(from.getYear() - 1);
            case RANGE -> {
                long days = to.toEpochDay() - from.toEpochDay() + 1;
                yield new Period(Kind.RANGE, from.minusDays(days), from.minusDays(1));
            }
        };
    }

    /** The written form, readable by {@link #parse}. */
    @Override
    public String toString() {
        return switch (kind) {
            case DAY -> from.toString();
            case WEEK -> String.format("%d-W%02d", from.get(IsoFields.WEEK_BASED_YEAR), from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(from.getYear());
            case RANGE -> from + ".." + to;
        };
    }
}
