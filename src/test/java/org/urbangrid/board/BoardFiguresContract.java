package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicFigures;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.support.IntegrationTest;

/**
 * The board's figures (cases.PublicFigures) against a recount from scratch: every case row read back and counted in
 * Java by the definitions the board prints; merged duplicates counted nowhere. On H2 and PostgreSQL.
 */
abstract class BoardFiguresContract extends IntegrationTest {

    @Autowired
    PublicFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Grids grids;

    record Row(String street, Long department, CaseStatus status, Instant reported, Instant closed, boolean late,
            boolean overdue) {}

    record Counted(long reported, long closed, long onTime, long overdue, double hours) {}

    @Test
    void figures_per_street_and_department_match_a_recount_and_leave_merged_duplicates_out() {
        var seeds = new BoardSeeds(api, mvc, grids);
        var from = clock.instant().minus(Duration.ofDays(30));
        var before = street(figures.byStreet(from, clock.instant().plus(Duration.ofDays(30))), BoardSeeds.STREET);

        long first = seeds.closed("曝光台统计:按时办结的垃圾");
        seeds.closed("曝光台统计:又一件按时办结");
        long late = seeds.dispatched("曝光台统计:超时处置的垃圾");
        clock.advance(Duration.ofDays(5));
        api.forgetTokens();
        seeds.handle(late);
        seeds.checkAndClose(late);
        seeds.dispatched("曝光台统计:仍在处置");
        long main = seeds.reported("曝光台统计:先报告的");
        long duplicate = seeds.reported("曝光台统计:重复报告");
        BoardSeeds.ok(seeds.move("operator", duplicate, "merge", "{\"mainCaseId\":" + main + "}"));
        clock.advance(Duration.ofMinutes(5));
        var to = clock.instant().plus(Duration.ofDays(30));

        var after = street(figures.byStreet(from, to), BoardSeeds.STREET);
        // six reports, one merged: five cases; three closed, one of them late
        assertThat(after.reported() - before.reported()).isEqualTo(5);
        assertThat(after.closed() - before.closed()).isEqualTo(3);
        assertThat(after.closedOnTime() - before.closedOnTime()).isEqualTo(2);
        assertThat(jdbc.sql("select status from cases where id = ?").param(duplicate).query(String.class).single())
                .isEqualTo("MERGED");

        var rows = rows();
        for (var window : List.of(new Instant[] {from, to}, new Instant[] {clock.instant().minus(Duration.ofDays(2)), to},
                new Instant[] {Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z")})) {
            compare(figures.byStreet(window[0], window[1]), recount(rows, window[0], window[1], true));
            compare(figures.byDepartment(window[0], window[1]), recount(rows, window[0], window[1], false));
        }
        assertThat(first).isPositive();
    }

    @Test
    void an_empty_period_counts_nothing_but_the_overdue_now() {
        var far = Instant.parse("2001-01-01T00:00:00Z");
        for (var f : figures.byStreet(far, far.plus(Duration.ofDays(30)))) {
            assertThat(f.reported()).isZero();
            assertThat(f.closed()).isZero();
            assertThat(f.onTimePercent()).isNull();
            assertThat(f.meanHoursToClose()).isNull();
        }
    }

    private List<Row> rows() {
        return jdbc.sql("select street_code, lead_department_id, status, reported_at, closed_at, handled_late, overdue"
                + " from cases").query((rs, n) -> new Row(rs.getString(1), (Long) rs.getObject(2, Long.class),
                        CaseStatus.valueOf(rs.getString(3)), SqlTimes.fromDb(rs, "reported_at"),
                        SqlTimes.fromDb(rs, "closed_at"), rs.getBoolean(6), rs.getBoolean(7))).list();
    }

    private static Map<String, Counted> recount(List<Row> rows, Instant from, Instant to, boolean byStreet) {
        var open = Set.copyOf(CaseStatus.open());
        var counts = new HashMap<String, long[]>();
        var hours = new HashMap<String, Double>();
        for (var r : rows) {
            var key = byStreet ? r.street() : r.department() == null ? null : r.department().toString();
            if (key == null || r.status() == CaseStatus.MERGED) {
                continue;
            }
            var c = counts.computeIfAbsent(key, k -> new long[4]);
            if (!r.reported().isBefore(from) && r.reported().isBefore(to)) {
                c[0]++;
            }
            if (r.status() == CaseStatus.CLOSED && !r.closed().isBefore(from) && r.closed().isBefore(to)) {
                c[1]++;
                if (!r.late()) {
                    c[2]++;
                }
                hours.merge(key, Duration.between(r.reported(), r.closed()).toMillis() / 3_600_000.0, Double::sum);
            }
            if (r.overdue() && open.contains(r.status())) {
                c[3]++;
            }
        }
        var result = new HashMap<String, Counted>();
        counts.forEach((k, c) -> {
            if (c[0] + c[1] + c[3] > 0) {
                result.put(k, new Counted(c[0], c[1], c[2], c[3], hours.getOrDefault(k, 0.0)));
            }
        });
        return result;
    }

    private static void compare(List<PublicFigures.Figures> read, Map<String, Counted> recounted) {
        var byKey = new HashMap<String, PublicFigures.Figures>();
        read.forEach(f -> byKey.put(f.key(), f));
        assertThat(byKey.keySet()).isEqualTo(recounted.keySet());
        recounted.forEach((k, c) -> {
            var f = byKey.get(k);
            assertThat(f.reported()).as("reported " + k).isEqualTo(c.reported());
            assertThat(f.closed()).as("closed " + k).isEqualTo(c.closed());
            assertThat(f.closedOnTime()).as("on time " + k).isEqualTo(c.onTime());
            assertThat(f.overdueNow()).as("overdue " + k).isEqualTo(c.overdue());
            assertThat(f.hoursToCloseSum()).as("hours " + k).isCloseTo(c.hours(), within(0.01));
        });
    }

    private static PublicFigures.Figures street(List<PublicFigures.Figures> all, String code) {
        return all.stream().filter(f -> f.key().equals(code)).findFirst()
                .orElse(new PublicFigures.Figures(code, 0, 0, 0, 0, 0));
    }
}
