package org.urbangrid.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.urbangrid.deadline.internal.CalendarFile;
import org.urbangrid.deadline.internal.CalendarStore;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * The city's work calendar (工作日历) as stored: read the current {@link WorkCalendar}, edit special days
 * and working hours, import next year's holiday notice. The in-memory calendar is rebuilt after every edit.
 */
@Service
public class WorkCalendars {

    /** From this day of the year on, next year's holiday notice should be in the calendar. */
    public static final MonthDay NEXT_YEAR_DUE = MonthDay.of(11, 1);

    private final CalendarStore store;
    private final PlatformProperties platform;
    private final Clock clock;
    private final MessageSource messages;
    private volatile WorkCalendar current;

    WorkCalendars(CalendarStore store, PlatformProperties platform, Clock clock, MessageSource messages) {
        this.store = store;
        this.platform = platform;
        this.clock = clock;
        this.messages = messages;
    }

    /** The calendar deadlines are computed on now. */
    public WorkCalendar current() {
        var calendar = current;
        return calendar != null ? calendar : reload();
    }

    public List<SpecialDay> specialDays(int year) {
        return store.specialDays(year);
    }

    /** Marks a date as a public holiday or a swapped working day, replacing what it was; a blank name is the kind's. */
    public SpecialDay saveDay(SpecialDay day) {
        var named = named(day);
        store.saveDay(named);
        reload();
        return named;
    }

    /**
     * Imports a holiday notice (CSV {@code date,kind[,name]} or iCalendar VEVENTs, see {@link CalendarFile}), all or
     * nothing: the special days of every year in the file are replaced by the file's. A bad file is a 400
     * {@code error.calendar.import-invalid} whose {@code errors} list names each bad line; nothing is stored then.
     */
    public CalendarImport importDays(String text) {
        var read = CalendarFile.read(text);
        if (!read.problems().isEmpty()) {
            var locale = LocaleContextHolder.getLocale();
            List<Map<String, Object>> errors = read.problems().stream().map(problem -> {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("line", problem.line());
                entry.put("code", problem.key());
                entry.put("message", messages.getMessage(problem.key(),
                        UrbanGridException.displayed(problem.args().toArray(), messages, locale), problem.key(), locale));
                return (Map<String, Object>) entry;
            }).toList();
            var lines = read.problems().stream().map(CalendarFile.Problem::line).filter(line -> line > 0).distinct()
                    .map(String::valueOf).toList();
            throw UrbanGridException.invalid("error.calendar.import-invalid", read.problems().size(),
                    lines.isEmpty() ? "-" : String.join(", ", lines)).with("errors", errors);
        }
        var days = read.days().stream().map(WorkCalendars::named).toList();
        var years = new TreeSet<Integer>();
        days.forEach(day -> years.add(day.date().getYear()));
        int replaced = store.replaceYears(years, days);
        reload();
        return new CalendarImport(List.copyOf(years), days.size(), replaced);
    }

    /**
     * Next year, when it is 1 November or later in the city and next year has no special day yet: the console warns
     * administrators, because a year without its notice would count its holidays as working days.
     */
    public Optional<Integer> nextYearMissing() {
        var today = LocalDate.now(clock.withZone(platform.zone()));
        int next = today.getYear() + 1;
        boolean due = !MonthDay.from(today).isBefore(NEXT_YEAR_DUE);
        return due && store.specialDays(next).isEmpty() ? Optional.of(next) : Optional.empty();
    }

    /** The date goes back to the usual week (weekday worked, weekend off). */
    public void deleteDay(LocalDate date) {
        if (!store.deleteDay(date)) {
            throw UrbanGridException.notFound("error.calendar.day-not-found", date);
        }
        reload();
    }

    /** Replaces the working hours of every working day; periods must be in order and must not overlap. */
    public List<WorkingPeriod> replaceWorkingHours(List<WorkingPeriod> periods) {
        if (periods.isEmpty()) {
            throw UrbanGridException.invalid("error.calendar.periods-empty");
        }
        for (int i = 1; i < periods.size(); i++) {
            var previous = periods.get(i - 1);
            var next = periods.get(i);
            if (next.start().isBefore(previous.end())) {
                throw UrbanGridException.invalid("error.calendar.periods-overlap",
                        previous.start() + "–" + previous.end(), next.start() + "–" + next.end());
            }
        }
        store.replaceWorkingPeriods(periods);
        return reload().periods();
    }

    private static SpecialDay named(SpecialDay day) {
        if (day.name() != null && !day.name().isBlank()) {
            return day;
        }
        return new SpecialDay(day.date(), day.kind(), day.kind() == DayKind.HOLIDAY ? "节假日" : "调休上班");
    }

    private synchronized WorkCalendar reload() {
        current = new WorkCalendar(platform.zone(), store.workingPeriods(), store.specialDays());
        return current;
    }
}
