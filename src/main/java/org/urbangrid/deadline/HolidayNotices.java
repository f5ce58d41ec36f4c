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
 * 节假日安排: the State Council's yearly holiday notice, imported by an administrator, and the reminder that next
 * year's is due. Without it a new year would silently count its public holidays as working days.
 */
@Service
public class HolidayNotices {

    /** From this day of the year on, next year's holiday notice should be in the calendar. */
    public static final MonthDay NEXT_YEAR_DUE = MonthDay.of(11, 1);

    private final CalendarStore store;
    private final WorkCalendars calendars;
    private final PlatformProperties platform;
    private final Clock clock;
    private final MessageSource messages;

    HolidayNotices(CalendarStore store, WorkCalendars calendars, PlatformProperties platform, Clock clock,
            MessageSource messages) {
        this.store = store;
        this.calendars = calendars;
        this.platform = platform;
        this.clock = clock;
        this.messages = messages;
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
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("line", problem.line());
                entry.put("code", problem.key());
                entry.put("message", messages.getMessage(problem.key(),
                        UrbanGridException.displayed(problem.args().toArray(), messages, locale), problem.key(), locale));
                return entry;
            }).toList();
            var lines = read.problems().stream().map(CalendarFile.Problem::line).filter(line -> line > 0).distinct()
                    .map(String::valueOf).toList();
            throw UrbanGridException.invalid("error.calendar.import-invalid", read.problems().size(),
                    lines.isEmpty() ? "-" : String.join(", ", lines)).with("errors", errors);
        }
        var years = new TreeSet<Integer>();
        read.days().forEach(day -> years.add(day.date().getYear()));
        int replaced = store.replaceYears(years, read.days());
        calendars.specialDaysReplaced();
        return new CalendarImport(List.copyOf(years), read.days().size(), replaced);
    }

    /**
     * Next year, when it is 1 November or later in the city and next year has no special day yet: the console warns
     * administrators until its notice is imported.
     */
    public Optional<Integer> nextYearMissing() {
        var today = LocalDate.now(clock.withZone(platform.zone()));
        int next = today.getYear() + 1;
        boolean due = !MonthDay.from(today).isBefore(NEXT_YEAR_DUE);
        return due && store.specialDays(next).isEmpty() ? Optional.of(next) : Optional.empty();
    }
}
