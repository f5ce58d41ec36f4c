package org.urbangrid.console.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseDashboard;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.PlatformProperties;

/**
 * The days before today as the screen shows them, read once per scope (a street, or the whole district) and day
 * instead of at every refresh: reported and closed per day (the 29 days before today) and per month (the 11 months
 * before this one, and this month until today), the classes reported this month and the (unit grid, class) pairs of
 * the 29 days before today. Reports and closings of past days never change (cases are never deleted, the history
 * only grows); a class set when a hotline case is filed later can, so a reading is also refreshed after
 * {@link #FRESH}. A move dated before a reading's day (a replayed or simulated past) drops that reading at once.
 */
@Component
class ScreenHistory {

    static final int DAYS = 30;
    static final int MONTHS = 12;
    static final Duration FRESH = Duration.ofMinutes(10);

    /** A unit grid and a class: where the same problem keeps coming back (高发点位). */
    record Spot(String gridCode, String classCode) implements Comparable<Spot> {

        @Override
        public int compareTo(Spot other) {
            int byGrid = gridCode.compareTo(other.gridCode);
            return byGrid != 0 ? byGrid : classCode.compareTo(other.classCode);
        }
    }

    /** The reading of one scope for the days before {@code day}. */
    record Before(LocalDate day, Instant readAt, long[] reportedDays, long[] closedDays, long[] reportedMonths,
            long[] closedMonths, Map<String, Long> classesThisMonth, Map<Spot, Long> spots) {}

    private final CaseDashboard dashboard;
    private final CurrentStaff current;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Before> readings = new ConcurrentHashMap<>();

    ScreenHistory(CaseDashboard dashboard, CurrentStaff current, Clock clock, PlatformProperties platform) {
        this.dashboard = dashboard;
        this.current = current;
        this.clock = clock;
        this.zone = platform.zone();
    }

    /** The viewer's reading for the days before {@code today}, read now if there is none still fresh. */
    Before before(LocalDate today) {
        var scope = current.get().streetCode() == null ? "" : current.get().streetCode();
        var now = clock.instant();
        var reading = readings.get(scope);
        if (reading == null || !reading.day().equals(today) || reading.readAt().isAfter(now)
                || reading.readAt().plus(FRESH).isBefore(now)) {
            reading = read(today, now);
            readings.put(scope, reading);
        }
        return reading;
    }

    /** A move at {@code at}: every reading of a day that began after it may be missing it. */
    void moved(Instant at) {
        readings.values().removeIf(reading -> at.isBefore(start(reading.day())));
    }

    private Before read(LocalDate today, Instant now) {
        var dayBounds = new ArrayList<Instant>();
        for (int i = DAYS - 1; i >= 0; i--) {
            dayBounds.add(start(today.minusDays(i)));
        }
        var month = today.withDayOfMonth(1);
        var monthBounds = new ArrayList<Instant>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            monthBounds.add(start(month.minusMonths(i)));
        }
        monthBounds.add(start(today));
        var classes = new HashMap<String, Long>();
        for (var group : dashboard.reportedGroups(start(month), start(today))) {
            if (group.classCode() != null) {
                classes.merge(group.classCode(), group.count(), Long::sum);
            }
        }
        var spots = new HashMap<Spot, Long>();
        for (var group : dashboard.reportedGroups(dayBounds.get(0), start(today))) {
            if (group.classCode() != null) {
                spots.merge(new Spot(group.unitGridCode(), group.classCode()), group.count(), Long::sum);
            }
        }
        return new Before(today, now, dashboard.reportedCounts(dayBounds), dashboard.closedCounts(dayBounds),
                dashboard.reportedCounts(monthBounds),
                dashboard.closedCounts(monthBounds), Map.copyOf(classes), Map.copyOf(spots));
    }

    Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    List<LocalDate> days(LocalDate today) {
        var days = new ArrayList<LocalDate>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        return days;
    }
}
