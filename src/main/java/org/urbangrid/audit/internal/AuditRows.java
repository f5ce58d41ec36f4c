package org.urbangrid.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.audit.AuditEntry;
import org.urbangrid.platform.SqlTimes;

/** SQL of the audit log: insert and read, nothing else. */
@Repository
public class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, Long actorId, String actorName, String area, String action, String subject,
            String before, String after) {
        jdbc.sql("""
                insert into audit_log (at, actor_id, actor_name, area, action, subject, before_json, after_json)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(SqlTimes.toDb(at), actorId, actorName, area, action, subject, before, after).update();
    }

    public List<AuditEntry> page(String area, Long before, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (area != null) {
            where.add("area = ?");
            params.add(area);
        }
        if (before != null) {
            where.add("id < ?");
            params.add(before);
        }
        params.add(limit);
        var sql = "select * from audit_log" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by id desc limit ?";
        return jdbc.sql(sql).params(params).query(AuditRows::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long actor = rs.getLong("actor_id");
        return new AuditEntry(rs.getLong("id"), SqlTimes.fromDb(rs, "at"), rs.wasNull() ? null : actor,
                rs.getString("actor_name"), rs.getString("area"), rs.getString("action"), rs.getString("subject"),
                rs.getString("before_json"), rs.getString("after_json"));
    }
}
