package org.urbangrid.deadline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.urbangrid.deadline.internal.CalendarStore;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * The city's work calendar (工作日历) as stored: read the current {@link WorkCalendar}, edit special days
 * and working hours. The in-memory calendar is rebuilt after every edit, and on the other nodes through the
 * {@value #CACHE} version in {@link ClusterSignals}.
 */
@Service
public class WorkCalendars {

    static final String CACHE = "calendar";

    private final CalendarStore store;
    private final PlatformProperties platform;
    private final ClusterSignals signals;
    private final org.urbangrid.audit.AuditLog audit;
    private volatile WorkCalendar current;

    WorkCalendars(CalendarStore store, PlatformProperties platform, ClusterSignals signals,
            org.urbangrid.audit.AuditLog audit) {
        this.store = store;
        this.audit = audit;
        this.platform = platform;
        this.signals = signals;
        signals.register(CACHE, this::reload);
    }

    /** The calendar deadlines are computed on now. */
    public WorkCalendar current() {
        var calendar = current;
        return calendar != null ? calendar : reload();
    }

    public List<SpecialDay> specialDays(int year) {
        return store.specialDays(year);
    }

    /** After {@link HolidayNotices} replaced special days in the store. */
    void specialDaysReplaced() {
        signals.changed(CACHE);
    }

    /** Marks a date as a public holiday or a swapped working day, replacing what it was. */
    public SpecialDay saveDay(SpecialDay day) {
        var before = store.specialDays(day.date().getYear()).stream().filter(d -> d.date().equals(day.date())).findFirst();
        store.saveDay(day);
        audit.record("calendar", "save-day", day.date().toString(), before.orElse(null), day);
        signals.changed(CACHE);
        return day;
    }

    /** The date goes back to the usual week (weekday worked, weekend off). */
    public void deleteDay(LocalDate date) {
        var before = store.specialDays(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst();
        if (!store.deleteDay(date)) {
            throw UrbanGridException.notFound("error.calendar.day-not-found", date);
        }
        audit.record("calendar", "delete-day", date.toString(), before.orElse(null), null);
        signals.changed(CACHE);
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
        var before = store.workingPeriods();
        store.replaceWorkingPeriods(periods);
        signals.changed(CACHE);
        return audit.recorded("calendar", "working-hours", "working-hours", before, current().periods());
    }

    private synchronized WorkCalendar reload() {
        current = new WorkCalendar(platform.zone(), store.workingPeriods(), store.specialDays());
        return current;
    }
}
