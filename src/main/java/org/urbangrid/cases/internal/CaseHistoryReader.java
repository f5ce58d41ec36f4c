package org.urbangrid.cases.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseHistories;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.platform.SqlTimes;

/** Reads a case's row and its history for derived views, unscoped. */
@Service
@Transactional(readOnly = true)
class CaseHistoryReader implements CaseHistories {

    private final Cases cases;
    private final JdbcClient jdbc;

    CaseHistoryReader(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseRecord> find(long caseId) {
        return cases.load(List.of(caseId)).stream().findFirst().map(this::record);
    }

    @Override
    public Map<Long, Label> labels(List<Long> caseIds) {
        var labels = new HashMap<Long, Label>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select id, case_number, status from cases where id in (:ids)").param("ids", caseIds)
                    .query((rs, n) -> labels.put(rs.getLong(1), new Label(rs.getLong(1), rs.getString(2),
                            CaseStatus.valueOf(rs.getString(3))))).list();
        }
        return labels;
    }

    @Override
    public List<Long> ids(long afterId, int size) {
        return jdbc.sql("select id from cases where id > ? order by id fetch first " + Math.max(1, size) + " rows only")
                .param(afterId).query(Long.class).list();
    }

    @Override
    public List<CaseRecord> after(long afterId, int size) {
        return cases.load(ids(afterId, size)).stream().map(this::record).toList();
    }

    @Override
    public Map<Long, Long> waitingInspectorReports(Instant from, Instant to) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("""
                select reporter_id, count(*) from cases
                where status = 'REPORTED' and reported_at >= ? and reported_at < ? and source = 'INSPECTOR'
                group by reporter_id""")
                .params(SqlTimes.toDb(from), SqlTimes.toDb(to))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public List<Long> waitingInspectorReports(long reporterId, Instant from, Instant to, long afterId, int size) {
        return jdbc.sql("""
                select id from cases
                where status = 'REPORTED' and reported_at >= ? and reported_at < ? and source = 'INSPECTOR'
                  and reporter_id = ? and id > ?
                order by id fetch first %d rows only""".formatted(Math.max(1, size)))
                .params(SqlTimes.toDb(from), SqlTimes.toDb(to), reporterId, afterId).query(Long.class).list();
    }

    private CaseRecord record(CaseData d) {
        return new CaseRecord(d.id, d.number, d.status, d.source, d.latitude, d.longitude, d.unitGridCode, d.communityCode, d.streetCode,
                d.reporterId, d.leadDepartmentId, d.deadline == null ? null : d.deadline.due(), d.suspendedAt,
                cases.history(d.id));
    }
}
