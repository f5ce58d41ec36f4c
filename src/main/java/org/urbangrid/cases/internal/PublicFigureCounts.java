package org.urbangrid.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicFigures;
import org.urbangrid.platform.SqlTimes;

/**
 * The board's figures in three grouped queries per grouping, each read along an index of its own (V36):
 * reported along {@code ix_cases_board_reported (reported_at, status, street_code, lead_department_id)}, closed
 * along {@code ix_cases_board_closed (status, closed_at, …)}, overdue now along
 * {@code ix_cases_overdue_status (overdue, status)} (few rows).
 */
@Service
@Transactional(readOnly = true)
class PublicFigureCounts implements PublicFigures {

    private static final String OPEN = CaseStatus.open().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    PublicFigureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figures> byStreet(Instant from, Instant to) {
        return figures("street_code", from, to);
    }

    @Override
    public List<Figures> byDepartment(Instant from, Instant to) {
        return figures("lead_department_id", from, to);
    }

    private List<Figures> figures(String column, Instant from, Instant to) {
        var rows = new TreeMap<String, long[]>();
        var hours = new TreeMap<String, Double>();
        jdbc.sql("select " + column + ", count(*) from cases where reported_at >= :from and reported_at < :to"
                        + " and status <> 'MERGED' and " + column + " is not null group by " + column)
                .param("from", SqlTimes.toDb(from)).param("to", SqlTimes.toDb(to))
                .query((rs, n) -> row(rows, rs.getString(1))[0] = rs.getLong(2)).list();
        jdbc.sql("select " + column + ", count(*), sum(case when handled_late then 0 else 1 end),"
                        + " sum(extract(epoch from closed_at) - extract(epoch from reported_at)) from cases"
                        + " where status = 'CLOSED' and closed_at >= :from and closed_at < :to and " + column
                        + " is not null group by " + column)
                .param("from", SqlTimes.toDb(from)).param("to", SqlTimes.toDb(to))
                .query((rs, n) -> {
                    var r = row(rows, rs.getString(1));
                    r[1] = rs.getLong(2);
                    r[2] = rs.getLong(3);
                    hours.put(rs.getString(1), rs.getDouble(4) / 3600.0);
                    return r;
                }).list();
        jdbc.sql("select " + column + ", count(*) from cases where overdue = true and status in (" + OPEN + ") and "
                        + column + " is not null group by " + column)
                .query((rs, n) -> row(rows, rs.getString(1))[3] = rs.getLong(2)).list();
        var result = new ArrayList<Figures>();
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            var r = e.getValue();
            result.add(new Figures(e.getKey(), r[0], r[1], r[2], r[3], hours.getOrDefault(e.getKey(), 0.0)));
        }
        return result;
    }

    private static long[] row(Map<String, long[]> rows, String key) {
        return rows.computeIfAbsent(key, k -> new long[4]);
    }
}
