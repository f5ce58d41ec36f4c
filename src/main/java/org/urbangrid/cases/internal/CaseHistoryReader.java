package org.urbangrid.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseHistories;

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
    public List<CaseRecord> after(long afterId, int size) {
        var ids = jdbc.sql("select id from cases where id > ? order by id fetch first " + Math.max(1, size) + " rows only")
                .param(afterId).query(Long.class).list();
        return cases.load(ids).stream().map(this::record).toList();
    }

    private CaseRecord record(CaseData d) {
        return new CaseRecord(d.id, d.number, d.status, d.source, d.unitGridCode, d.communityCode, d.streetCode,
                d.reporterId, d.leadDepartmentId, d.deadline == null ? null : d.deadline.due(), d.suspendedAt,
                cases.history(d.id));
    }
}
