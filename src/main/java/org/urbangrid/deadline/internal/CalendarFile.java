package org.urbangrid.deadline.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.SpecialDay;
import org.urbangrid.platform.TextInput;

/**
 * Reads a holiday notice (节假日安排) as an administrator exports it: CSV lines {@code date,kind[,name]} (an optional
 * header line {@code date,kind,name}; kind HOLIDAY/WORKDAY or 休/班) or iCalendar VEVENTs with a DTSTART date, an
 * optional DTEND (exclusive, for a run of days) and a SUMMARY; an event is a swapped working day when its
 * CATEGORIES say WORKDAY or its summary says 班 (上班, 补班), otherwise a holiday. Every bad line is reported with
 * its number; the caller stores nothing unless the list of problems is empty.
 */
public final class CalendarFile {

    /** A holiday notice never holds more; a bigger file is not one. */
    public static final int MAX_DAYS = 400;
    static final int MAX_NAME = 50;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** One problem: the line (1-based), a message key of the deadline bundle and its arguments. */
    public record Problem(int line, String key, List<Object> args) {}

    public record Result(List<SpecialDay> days, List<Problem> problems) {}

    private final Map<LocalDate, Integer> seen = new LinkedHashMap<>();
    private final List<SpecialDay> days = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private CalendarFile() {}

    /** iCalendar when the text begins with BEGIN:VCALENDAR, CSV otherwise. */
    public static Result read(String text) {
        var file = new CalendarFile();
        var content = text == null ? "" : text.replace("\uFEFF", "");
        if (content.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            file.readCalendar(content);
        } else {
            file.readCsv(content);
        }
        if (file.days.isEmpty() && file.problems.isEmpty()) {
            file.problems.add(new Problem(0, "error.calendar.import-empty", List.of()));
        }
        if (file.days.size() > MAX_DAYS) {
            file.problems.add(new Problem(0, "error.calendar.import-too-many", List.of(MAX_DAYS)));
        }
        return new Result(List.copyOf(file.days), List.copyOf(file.problems));
    }

    private void readCsv(String content) {
        var lines = content.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("date"))) {
                continue;
            }
            var cells = line.split(",", -1);
            if (cells.length < 2 || cells.length > 3) {
                problems.add(new Problem(number, "error.calendar.import-columns", List.of()));
                continue;
            }
            var date = date(number, cells[0].strip(), false);
            var kind = kind(number, cells[1].strip());
            var name = cells.length == 3 ? cells[2].strip() : "";
            add(number, date, kind, name);
        }
    }

    private void readCalendar(String content) {
        var lines = unfolded(content);
        int eventLine = 0;
        String start = null;
        String end = null;
        String summary = null;
        String categories = null;
        for (var entry : lines) {
            int number = entry.getKey();
            var line = entry.getValue();
            var upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VEVENT")) {
                eventLine = number;
                start = end = summary = categories = null;
            } else if (upper.equals("END:VEVENT") && eventLine > 0) {
                event(eventLine, start, end, summary, categories);
                eventLine = 0;
            } else if (eventLine > 0) {
                var value = line.substring(line.indexOf(':') + 1).strip();
                if (upper.startsWith("DTSTART")) {
                    start = value;
                } else if (upper.startsWith("DTEND")) {
                    end = value;
                } else if (upper.startsWith("SUMMARY")) {
                    summary = value.replace("\\,", ",").replace("\\;", ";");
                } else if (upper.startsWith("CATEGORIES")) {
                    categories = value;
                }
            }
        }
    }

    private void event(int line, String start, String end, String summary, String categories) {
        var from = date(line, start, true);
        if (from == null) {
            return;
        }
        var until = end == null ? from.plusDays(1) : date(line, end, true);
        if (until == null) {
            return;
        }
        if (!until.isAfter(from) || until.isAfter(from.plusDays(31))) {
            problems.add(new Problem(line, "error.calendar.import-range", List.of(start, end)));
            return;
        }
        var name = summary == null ? "" : summary;
        boolean working = (categories != null && categories.toUpperCase(Locale.ROOT).contains("WORKDAY"))
                || name.contains("班");
        var kind = working ? DayKind.WORKDAY : DayKind.HOLIDAY;
        for (var day = from; day.isBefore(until); day = day.plusDays(1)) {
            add(line, day, kind, name);
        }
    }

    private void add(int line, LocalDate date, DayKind kind, String name) {
        if (!TextInput.isClean(name)) {
            problems.add(new Problem(line, "error.calendar.import-name-control", List.of()));
            return;
        }
        if (name.length() > MAX_NAME) {
            problems.add(new Problem(line, "error.calendar.import-name-long", List.of(MAX_NAME)));
            return;
        }
        if (date == null || kind == null) {
            return;
        }
        var earlier = seen.putIfAbsent(date, line);
        if (earlier != null) {
            problems.add(new Problem(line, "error.calendar.import-duplicate", List.of(date.toString(), earlier)));
            return;
        }
        days.add(new SpecialDay(date, kind, name.isEmpty() ? defaultName(kind) : name));
    }

    /** The name a special day gets when the file gives none (the column is required in the table). */
    public static String defaultName(DayKind kind) {
        return kind == DayKind.HOLIDAY ? "节假日" : "调休上班";
    }

    private LocalDate date(int line, String text, boolean basic) {
        var value = text == null ? "" : text.strip();
        try {
            var date = basic && value.length() >= 8 && !value.contains("-") ? LocalDate.parse(value.substring(0, 8), BASIC)
                    : LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add(new Problem(line, "error.calendar.import-year", List.of(value)));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(line, "error.calendar.import-date", List.of(value)));
            return null;
        }
    }

    private DayKind kind(int line, String text) {
        var value = text.toUpperCase(Locale.ROOT);
        if (value.equals("HOLIDAY") || value.equals("休")) {
            return DayKind.HOLIDAY;
        }
        if (value.equals("WORKDAY") || value.equals("班")) {
            return DayKind.WORKDAY;
        }
        problems.add(new Problem(line, "error.calendar.import-kind", List.of(text)));
        return null;
    }

    /** iCalendar content lines with their first physical line number; a line starting with a space continues one. */
    private static List<Map.Entry<Integer, String>> unfolded(String content) {
        var result = new ArrayList<Map.Entry<Integer, String>>();
        var lines = content.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !result.isEmpty()) {
                var last = result.remove(result.size() - 1);
                result.add(Map.entry(last.getKey(), last.getValue() + line.substring(1)));
            } else if (!line.isBlank()) {
                result.add(Map.entry(i + 1, line.strip()));
            }
        }
        return result;
    }
}
