package org.urbangrid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.IntegrationTest;

/**
 * Queue and search latency over the HTTP API with many cases stored (BENCHMARKS.md). Run with
 * {@code mvn -Pbench test -Dtest=CaseQueriesBenchmark -Dbench.cases=200000}.
 */
class CaseQueriesBenchmark extends IntegrationTest {

    static final String[] STATUSES = {"REPORTED", "VERIFYING", "PENDING_FILING", "PENDING_DISPATCH", "DISPATCHED",
            "HANDLED", "CHECKING", "PENDING_CLOSE", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Test
    void queues_and_search_stay_fast_with_many_cases() {
        int count = Integer.getInteger("bench.cases", 200_000);
        long started = System.nanoTime();
        seed(count);
        jdbc.execute("analyze");
        System.out.printf("%nseeded %,d cases in %.1f s on %s%n", count, (System.nanoTime() - started) / 1e9,
                jdbc.queryForObject("select 1", Integer.class) == 1 ? database() : "?");
        measure("my-tasks operator", "operator", "/api/cases/my-tasks?size=20");
        measure("my-tasks shiftleader", "shiftleader", "/api/cases/my-tasks?size=20");
        measure("my-tasks dispatcher", "dispatcher", "/api/cases/my-tasks?size=20");
        measure("my-tasks handler", "handler", "/api/cases/my-tasks?size=20");
        measure("my-tasks inspector", "inspector", "/api/cases/my-tasks?size=20");
        measure("overdue", "dispatcher", "/api/cases/overdue?size=20");
        measure("search street+status", "leader", "/api/cases?street=210231002&status=DISPATCHED&size=20");
        measure("search class, newest first", "leader", "/api/cases?classCode=E0102&size=20");
        measure("search date range", "leader", "/api/cases?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&size=20");
        measure("case detail", "leader", "/api/cases/" + jdbc.queryForObject("select max(id) from cases", Long.class));
    }

    private String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
    }

    private void measure(String name, String user, String uri) {
        for (int i = 0; i < 30; i++) {
            assertThat(api.get(user, uri)).hasStatusOk();
        }
        int runs = 200;
        var micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            api.get(user, uri);
            micros[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("%-28s p50 %6.2f ms   p99 %6.2f ms%n", name, micros[runs / 2] / 1000.0,
                micros[runs * 99 / 100] / 1000.0);
    }

    private void seed(int count) {
        var units = grids.ofLevel(GridLevel.UNIT).stream().map(g -> g.code()).toList();
        var departments = organization.departments().stream().map(d -> d.id()).toList();
        var inspectors = organization.staffWithRole(Role.INSPECTOR).stream().map(s -> s.id()).toList();
        var random = new Random(42);
        var base = Instant.parse("2026-01-01T00:00:00Z");
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            var grid = units.get(random.nextInt(units.size()));
            var status = STATUSES[random.nextInt(STATUSES.length)];
            var reported = base.plus(Duration.ofMinutes(random.nextInt(330 * 24 * 60)));
            boolean open = !status.equals("CLOSED");
            rows.add(new Object[] {"B" + i, status, grid, grid.substring(0, 12), grid.substring(0, 9),
                    departments.get(random.nextInt(departments.size())), inspectors.get(random.nextInt(inspectors.size())),
                    utc(reported), open ? utc(reported.plus(Duration.ofHours(random.nextInt(200)))) : null,
                    "E01" + String.format("%02d", 1 + random.nextInt(18)), open && random.nextInt(10) == 0});
            if (rows.size() == 5_000) {
                insert(rows);
                rows.clear();
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into cases (case_number, version, source, status, description, latitude, longitude, unit_grid_code,
                  community_code, street_code, reporter_id, lead_department_id, assigned_inspector_id, reported_at,
                  updated_at, due_at, warn_at, stage_started_at, stage_limit_amount, stage_limit_unit, stage, class_code, overdue)
                values (?, 0, 'INSPECTOR', ?, '基准测试案卷', 38.88, 121.52, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?,
                  case when ? then 4 end, case when ? then 'WORK_HOURS' end, case when ? then 'HANDLE' end, ?, ?)""", rows, rows.size(), (PreparedStatement ps, Object[] r) -> {
            ps.setString(1, (String) r[0]);
            ps.setString(2, (String) r[1]);
            ps.setString(3, (String) r[2]);
            ps.setString(4, (String) r[3]);
            ps.setString(5, (String) r[4]);
            ps.setLong(6, (Long) r[5]);
            ps.setLong(7, (Long) r[6]);
            ps.setObject(8, r[7]);
            ps.setObject(9, r[7]);
            ps.setObject(10, r[8]);
            ps.setObject(11, r[8]);
            boolean open = r[8] != null;
            ps.setObject(12, open ? r[7] : null);
            ps.setBoolean(13, open);
            ps.setBoolean(14, open);
            ps.setBoolean(15, open);
            ps.setString(16, (String) r[9]);
            ps.setBoolean(17, (Boolean) r[10]);
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
