package org.urbangrid.console.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseDashboard;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatistics;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.deadline.Light;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.PlatformProperties;

/**
 * Everything the big screen shows, in one answer: today (in the city's zone, from the injected clock, so a screen
 * left running reads a new day after midnight), the trends, the grid map's colours, top classes, hot spots, the
 * urgent ticker and the league table. The days before today come from {@link ScreenHistory}; today is read anew.
 */
@Component
class ScreenData {

    static final int TOP = 8;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    static final int TICKER = 12;
    /** A (unit grid, class) pair with at least this many cases in the 30 days is a hot spot (反复发生). */
    static final int HOT = 2;

    record Today(String day, long reported, long closed, Double closedShare, long open, long red, long yellow,
            long green) {}

    record Series(List<String> codes, List<String> labels, List<Long> counts) {}

    record ByStatus(List<String> codes, List<String> labels, List<Long> today, List<Long> open) {}

    record Trend(List<String> labels, List<Long> reported, List<Long> closed) {}

    record Ranked(String code, String name, long count) {}

    record HotSpot(String gridCode, String gridName, String classCode, String className, long count) {}

    record Urgent(long id, String number, String status, String what, String where, String kind, String since,
            String text) {}

    record Screen(Instant at, String day, long msToMidnight, Today today, ByStatus byStatus, Series bySource,
            Trend daily, Trend monthly, Map<String, Long> gridOpen, Map<String, Long> gridOverdue,
            List<Ranked> topClasses, List<HotSpot> hotSpots, List<Ranked> hotGrids, List<Urgent> urgent,
            ScreenLeague.League league) {}

    private final CaseDashboard dashboard;
    private final CaseStatistics statistics;
    private final ScreenHistory history;
    private final ScreenLeague league;
    private final Grids grids;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ScreenData(CaseDashboard dashboard, CaseStatistics statistics, ScreenHistory history, ScreenLeague league,
            Grids grids, Catalog catalog, MessageSource messages, Clock clock, PlatformProperties platform) {
        this.dashboard = dashboard;
        this.statistics = statistics;
        this.history = history;
        this.league = league;
        this.grids = grids;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
        this.zone = platform.zone();
    }

    Screen read() {
        var now = clock.instant();
        var today = now.atZone(zone).toLocalDate();
        var start = history.start(today);
        var midnight = history.start(today.plusDays(1));
        var before = history.before(today);
        var groups = dashboard.reportedGroups(start, midnight);
        long reported = groups.stream().mapToLong(CaseDashboard.ReportedGroup::count).sum();
        long closed = dashboard.closedCounts(List.of(start, midnight))[0];
        var open = statistics.openCounts(); // one scan, shared by every screen of the same scope
        var openByStatus = open.byStatus();
        var lights = open.byLight();
        var figures = new Today(today.toString(), reported, closed, reported == 0 ? null : (double) closed / reported,
                openByStatus.values().stream().mapToLong(Long::longValue).sum(), lights.getOrDefault(Light.RED, 0L),
                lights.getOrDefault(Light.YELLOW, 0L), lights.getOrDefault(Light.GREEN, 0L));
        return new Screen(now, today.toString(), Duration.between(now, midnight).toMillis(), figures,
                byStatus(groups, openByStatus), bySource(groups), daily(today, before, reported, closed),
                monthly(today, before, reported, closed), statistics.openCountsByGrid(),
                dashboard.overdueCountsByGrid(now), topClasses(groups, before), hotSpots(groups, before),
                hotGrids(groups, before), urgent(now), league.of(today));
    }

    private ByStatus byStatus(List<CaseDashboard.ReportedGroup> groups, Map<CaseStatus, Long> open) {
        var today = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        groups.forEach(g -> today.merge(g.status(), g.count(), Long::sum));
        var statuses = List.of(CaseStatus.values());
        return new ByStatus(statuses.stream().map(Enum::name).toList(),
                statuses.stream().map(s -> text("cases.status." + s.name())).toList(),
                statuses.stream().map(s -> today.getOrDefault(s, 0L)).toList(),
                statuses.stream().map(s -> open.getOrDefault(s, 0L)).toList());
    }

    private Series bySource(List<CaseDashboard.ReportedGroup> groups) {
        var counts = new EnumMap<CaseSource, Long>(CaseSource.class);
        groups.forEach(g -> counts.merge(g.source(), g.count(), Long::sum));
        var sources = List.of(CaseSource.values());
        return new Series(sources.stream().map(Enum::name).toList(),
                sources.stream().map(s -> text("screen.source." + s.name())).toList(),
                sources.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
    }

    private Trend daily(LocalDate today, ScreenHistory.Before before, long reported, long closed) {
        var labels = history.days(today).stream().map(d -> String.format("%02d-%02d", d.getMonthValue(),
                d.getDayOfMonth())).toList();
        return new Trend(labels, append(before.reportedDays(), reported), append(before.closedDays(), closed));
    }

    private Trend monthly(LocalDate today, ScreenHistory.Before before, long reported, long closed) {
        var labels = new ArrayList<String>();
        for (int i = ScreenHistory.MONTHS - 1; i >= 0; i--) {
            labels.add(YearMonth.from(today).minusMonths(i).toString());
        }
        return new Trend(labels, monthToDate(before.reportedMonths(), reported),
                monthToDate(before.closedMonths(), closed));
    }

    /** The past days' counts and today's. */
    private static List<Long> append(long[] past, long today) {
        var all = new ArrayList<Long>();
        for (long n : past) {
            all.add(n);
        }
        all.add(today);
        return all;
    }

    /** The past months' counts; the last range (this month until today) gets today's count added. */
    private static List<Long> monthToDate(long[] months, long today) {
        var all = new ArrayList<Long>();
        for (int i = 0; i < months.length; i++) {
            all.add(i == months.length - 1 ? months[i] + today : months[i]);
        }
        return all;
    }

    private List<Ranked> topClasses(List<CaseDashboard.ReportedGroup> groups, ScreenHistory.Before before) {
        var counts = new HashMap<>(before.classesThisMonth());
        groups.stream().filter(g -> g.classCode() != null).forEach(g -> counts.merge(g.classCode(), g.count(), Long::sum));
        return top(counts).stream().map(e -> new Ranked(e.getKey(), className(e.getKey()), e.getValue())).toList();
    }

    private Map<ScreenHistory.Spot, Long> spots(List<CaseDashboard.ReportedGroup> groups, ScreenHistory.Before before) {
        var counts = new HashMap<>(before.spots());
        groups.stream().filter(g -> g.classCode() != null).forEach(g -> counts.merge(
                new ScreenHistory.Spot(g.unitGridCode(), g.classCode()), g.count(), Long::sum));
        return counts;
    }

    private List<HotSpot> hotSpots(List<CaseDashboard.ReportedGroup> groups, ScreenHistory.Before before) {
        return top(spots(groups, before)).stream().filter(e -> e.getValue() >= HOT)
                .map(e -> new HotSpot(e.getKey().gridCode(), gridName(e.getKey().gridCode()), e.getKey().classCode(),
                        className(e.getKey().classCode()), e.getValue()))
                .toList();
    }

    private List<Ranked> hotGrids(List<CaseDashboard.ReportedGroup> groups, ScreenHistory.Before before) {
        var counts = new HashMap<String, Long>();
        spots(groups, before).forEach((spot, n) -> counts.merge(spot.gridCode(), n, Long::sum));
        return top(counts).stream().filter(e -> e.getValue() >= HOT)
                .map(e -> new Ranked(e.getKey(), gridName(e.getKey()), e.getValue())).toList();
    }

    /** The largest counts first, ties by key, at most {@link #TOP}. */
    private static <K extends Comparable<K>> List<Map.Entry<K, Long>> top(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).toList();
    }

    private List<Urgent> urgent(Instant now) {
        return dashboard.urgent(now, TICKER).stream().map(c -> {
            boolean urged = c.urgedLast();
            var text = urged ? text("screen.ticker.urged", c.urgeCount())
                    : text("screen.ticker.over", span(Duration.between(c.dueAt(), now)));
            return new Urgent(c.id(), c.number(), text("cases.status." + c.status().name()),
                    c.classCode() == null ? "" : className(c.classCode()),
                    gridName(c.unitGridCode()) + (c.address() == null || c.address().isBlank() ? "" : " · " + c.address()),
                    urged ? "URGED" : "OVERDUE", SINCE.format(c.since().atZone(zone)), text);
        }).toList();
    }

    private String span(Duration over) {
        long minutes = Math.max(0, over.toMinutes());
        if (minutes < 60) {
            return text("screen.span.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return text("screen.span.hours", minutes / 60);
        }
        return text("screen.span.days", minutes / (24 * 60));
    }

    private String className(String code) {
        return catalog.findClass(code).map(CatalogClass::name).orElse(code);
    }

    private String gridName(String code) {
        return code == null ? "" : grids.nameOf(code).orElse(code);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
