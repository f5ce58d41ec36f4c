package org.urbangrid.board.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.urbangrid.cases.PublicFigures;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * The board's figures with names and fair ranks: a street or department is ranked by its share of cases closed on
 * time only when it closed at least {@link BoardProperties#minCases()} cases in the period; equal shares share a rank
 * (1, 2, 2, 4), and the rest are listed after the ranked ones as "too few cases".
 */
@Service
public class BoardFigures {

    /** The period figures are read over: a calendar month in the city's zone, or the last 30 days. */
    public record Period(Instant from, Instant to, YearMonth month) {

        public boolean lastThirtyDays() {
            return month == null;
        }
    }

    /**
     * One line of a table.
     *
     * @param rank null when {@code figures.closed()} is below the minimum
     */
    public record Line(String code, String name, PublicFigures.Figures figures, Integer rank) {

        public boolean ranked() {
            return rank != null;
        }

        public String onTime() {
            var p = figures.onTimePercent();
            return p == null ? "—" : String.format(Locale.ROOT, "%.1f%%", p);
        }

        public String meanHours() {
            var h = figures.meanHoursToClose();
            return h == null ? "—" : String.format(Locale.ROOT, "%.1f", h);
        }
    }

    private final PublicFigures figures;
    private final Grids grids;
    private final Organization organization;
    private final BoardProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    BoardFigures(PublicFigures figures, Grids grids, Organization organization, BoardProperties properties, Clock clock,
            PlatformProperties platform) {
        this.figures = figures;
        this.grids = grids;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
        this.zone = platform.zone();
    }

    public int minCases() {
        return properties.minCases();
    }

    /** {@code month} as {@code 2026-11}; null or blank: the last 30 days; anything else 400 naming {@code month}. */
    public Period period(String month) {
        if (month == null || month.isBlank()) {
            var now = clock.instant();
            return new Period(now.minus(Duration.ofDays(30)), now.plusMillis(1), null);
        }
        YearMonth chosen;
        try {
            chosen = YearMonth.parse(month.strip());
        } catch (RuntimeException bad) {
            throw UrbanGridException.invalid("error.board.month", month).with("field", "month");
        }
        if (chosen.getYear() < 2000 || chosen.getYear() > 2100) {
            throw UrbanGridException.invalid("error.board.month", month).with("field", "month");
        }
        return new Period(chosen.atDay(1).atStartOfDay(zone).toInstant(),
                chosen.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), chosen);
    }

    /** Every street of the district (also those with nothing to count), ranked first. */
    public List<Line> streets(Period period) {
        var found = new HashMap<String, PublicFigures.Figures>();
        figures.byStreet(period.from(), period.to()).forEach(f -> found.put(f.key(), f));
        var lines = new ArrayList<Line>();
        for (var street : grids.ofLevel(GridLevel.STREET)) {
            var f = found.remove(street.code());
            lines.add(new Line(street.code(), street.localName(), f == null ? zero(street.code()) : f, null));
        }
        found.values().forEach(f -> lines.add(new Line(f.key(), grids.nameOf(f.key()).orElse(f.key()), f, null)));
        return ranked(lines);
    }

    /** The departments that had any case to count in the period, ranked first. */
    public List<Line> departments(Period period) {
        var lines = new ArrayList<Line>();
        for (var f : figures.byDepartment(period.from(), period.to())) {
            String name;
            try {
                name = organization.department(Long.parseLong(f.key())).map(d -> d.localName()).orElse(f.key());
            } catch (NumberFormatException odd) {
                name = f.key();
            }
            lines.add(new Line(f.key(), name, f, null));
        }
        return ranked(lines);
    }

    private List<Line> ranked(List<Line> lines) {
        int min = properties.minCases();
        var eligible = lines.stream().filter(l -> l.figures().closed() >= min)
                .sorted(Comparator.comparingDouble((Line l) -> -l.figures().onTimePercent())
                        .thenComparing(Line::code))
                .toList();
        var result = new ArrayList<Line>();
        int rank = 0;
        Double last = null;
        for (int i = 0; i < eligible.size(); i++) {
            var l = eligible.get(i);
            var share = l.figures().onTimePercent();
            if (last == null || Double.compare(share, last) != 0) {
                rank = i + 1;
                last = share;
            }
            result.add(new Line(l.code(), l.name(), l.figures(), rank));
        }
        lines.stream().filter(l -> l.figures().closed() < min).sorted(Comparator.comparing(Line::code)).forEach(result::add);
        return result;
    }

    private static PublicFigures.Figures zero(String key) {
        return new PublicFigures.Figures(key, 0, 0, 0, 0, 0);
    }
}
