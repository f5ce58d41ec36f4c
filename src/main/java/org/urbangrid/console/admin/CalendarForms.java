package org.urbangrid.console.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.SpecialDay;
import org.urbangrid.deadline.WorkingPeriod;

/** Reads the work calendar forms' fields, refusing each bad value with a message that names it. */
final class CalendarForms {

    private CalendarForms() {}

    static SpecialDay day(String date, String kind, String name) {
        if (name != null && name.strip().length() > 50) {
            throw Refusals.invalid("admin.error.day-name");
        }
        DayKind dayKind;
        try {
            dayKind = DayKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("admin.error.day-kind", kind);
        }
        return new SpecialDay(date(date), dayKind,
                name == null || name.isBlank() ? defaultName(dayKind) : name.strip());
    }

    /** A blank name is the kind's own (the calendar stores a name for every special day). */
    private static String defaultName(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "节假日" : "调休上班";
    }

    static LocalDate date(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("admin.error.date", date);
        }
    }

    static LocalDateTime dateTime(String value) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("admin.error.date-time", value);
        }
    }

    /** Pairs of start and end; rows left empty on both sides are skipped. */
    static List<WorkingPeriod> periods(List<String> starts, List<String> ends) {
        var periods = new ArrayList<WorkingPeriod>();
        for (int i = 0; i < Math.max(size(starts), size(ends)); i++) {
            var start = at(starts, i);
            var end = at(ends, i);
            if (start.isEmpty() && end.isEmpty()) {
                continue;
            }
            var from = time(start);
            var to = time(end);
            if (!from.isBefore(to)) {
                throw Refusals.invalid("admin.error.period-order", start, end);
            }
            periods.add(new WorkingPeriod(from, to));
        }
        return periods;
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("admin.error.time", value);
        }
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }
}
