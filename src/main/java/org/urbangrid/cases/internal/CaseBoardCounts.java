package org.urbangrid.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseDashboard;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.SqlTimes;

/**
 * The command-centre screen's counts. Each query reads one index range: {@code ix_cases_reported} (or the street's
 * {@code ix_cases_street_reported}) for what was reported, {@code ix_history_move_at} for what was closed,
 * {@code ix_cases_status_due} and {@code ix_cases_due} for the overdue, the history's URGE entries for the urged.
 */
@Service
@Transactional(readOnly = true)
class CaseBoardCounts implements CaseDashboard {

    private static final String OPEN = "c.status in (" + CaseStatus.open().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ")) + ")";
    private static final String CLOSING = "h.move in ('" + CaseMove.CLOSE.name() + "', '"
            + CaseMove.HANDLE_ON_SPOT.name() + "')";
    private static final String URGENT_COLUMNS = "c.id, c.case_number, c.status, c.class_code, c.unit_grid_code, "
            + "c.address, c.due_at, c.suspended_at, c.last_urged_at, c.urge_count";

    private final JdbcClient jdbc;
    private final CurrentStaff current;

    CaseBoardCounts(JdbcClient jdbc, CurrentStaff current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    @Override
    public List<ReportedGroup> reportedGroups(Instant from, Instant to) {
        return jdbc.sql("select c.status, c.source, c.unit_grid_code, c.class_code, count(*) as n from cases c"
                        + " where c.reported_at >= :from and c.reported_at < :to" + street()
                        + " group by c.status, c.source, c.unit_grid_code, c.class_code")
                .params(streetParam()).param("from", SqlTimes.toDb(from)).param("to", SqlTimes.toDb(to))
                .query((rs, row) -> new ReportedGroup(CaseStatus.valueOf(rs.getString(1)),
                        CaseSource.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    @Override
    public long[] reportedCounts(List<Instant> bounds) {
        return counts("from cases c where", "c.reported_at", bounds);
    }

    @Override
    public long[] closedCounts(List<Instant> bounds) {
        var from = current.get().streetCode() == null ? "from case_history h where "
                : "from case_history h join cases c on c.id = h.case_id where ";
        return counts(from + CLOSING + " and", "h.at", bounds);
    }

    /** One scan over the whole span, one sum per range. */
    private long[] counts(String from, String column, List<Instant> bounds) {
        if (bounds.size() < 2) {
            return new long[0];
        }
        var sums = new ArrayList<String>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            sums.add("sum(case when " + column + " >= :b" + i + " and " + column + " < :b" + (i + 1)
                    + " then 1 else 0 end)");
        }
        var params = new LinkedHashMap<String, Object>(streetParam());
        for (int i = 0; i < bounds.size(); i++) {
            params.put("b" + i, SqlTimes.toDb(bounds.get(i)));
        }
        var sql = "select " + String.join(", ", sums) + " " + from + " " + column + " >= :b0 and " + column
                + " < :b" + (bounds.size() - 1) + street();
        return jdbc.sql(sql).params(params).query(rs -> {
            var result = new long[bounds.size() - 1];
            if (rs.next()) {
                for (int i = 0; i < result.length; i++) {
                    result[i] = rs.getLong(i + 1);
                }
            }
            return result;
        });
    }

    @Override
    public Map<String, Long> overdueCountsByGrid(Instant now) {
        var counts = new TreeMap<String, Long>();
        jdbc.sql("select c.unit_grid_code, count(*) from cases c where " + OPEN + " and c.suspended_at is null"
                        + " and c.due_at <= :now" + street() + " group by c.unit_grid_code")
                .params(streetParam()).param("now", SqlTimes.toDb(now))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public List<UrgentCase> urgent(Instant now, int limit) {
        var overdue = jdbc.sql("select " + URGENT_COLUMNS + " from cases c where " + OPEN
                        + " and c.suspended_at is null and c.due_at <= :now" + street()
                        + " order by c.due_at desc, c.id desc limit " + limit)
                .params(streetParam()).param("now", SqlTimes.toDb(now)).query((rs, row) -> urgentCase(rs, now)).list();
        var urged = jdbc.sql("select " + URGENT_COLUMNS + " from case_history h join cases c on c.id = h.case_id"
                        + " where h.move = '" + CaseMove.URGE.name() + "' and h.at <= :now and " + OPEN + street()
                        + " order by h.at desc limit " + (limit * 3))
                .params(streetParam()).param("now", SqlTimes.toDb(now)).query((rs, row) -> urgentCase(rs, now)).list();
        var byId = new LinkedHashMap<Long, UrgentCase>();
        overdue.forEach(c -> byId.putIfAbsent(c.id(), c));
        urged.forEach(c -> byId.putIfAbsent(c.id(), c));
        return byId.values().stream()
                .sorted(Comparator.comparing(UrgentCase::since).reversed()
                        .thenComparing(Comparator.comparingLong(UrgentCase::id).reversed()))
                .limit(limit).toList();
    }

    private static UrgentCase urgentCase(ResultSet rs, Instant now) throws SQLException {
        var due = SqlTimes.fromDb(rs, "due_at");
        var urged = SqlTimes.fromDb(rs, "last_urged_at");
        boolean overdue = due != null && !due.isAfter(now) && SqlTimes.fromDb(rs, "suspended_at") == null;
        var since = overdue && (urged == null || due.isAfter(urged)) ? due : urged;
        return new UrgentCase(rs.getLong("id"), rs.getString("case_number"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("class_code"), rs.getString("unit_grid_code"), rs.getString("address"), due, overdue,
                urged, rs.getInt("urge_count"), since);
    }

    private String street() {
        return current.get().streetCode() == null ? "" : " and c.street_code = :street";
    }

    private Map<String, Object> streetParam() {
        var street = current.get().streetCode();
        return street == null ? Map.of() : Map.of("street", street);
    }
}
