package org.urbangrid.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.audit.AuditEntry;
import org.urbangrid.audit.AuditedPerson;
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
        return page(area, null, null, null, before, limit);
    }

    /** Newest first, filtered by area, actor and a half-open time range [from, to), older than {@code before}. */
    public List<AuditEntry> page(String area, Long actorId, Instant from, Instant to, Long before, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (area != null) {
            where.add("area = ?");
            params.add(area);
        }
        if (actorId != null) {
            where.add("actor_id = ?");
            params.add(actorId);
        }
        if (from != null) {
            where.add("at >= ?");
            params.add(SqlTimes.toDb(from));
        }
        if (to != null) {
            where.add("at < ?");
            params.add(SqlTimes.toDb(to));
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

    /** The areas that have entries, in name order. */
    public List<String> areas() {
        return jdbc.sql("select distinct area from audit_log order by area").query(String.class).list();
    }

    /** The people who made entries (id and the name recorded), by name. */
    public List<AuditedPerson> actors() {
        return jdbc.sql("select actor_id, max(actor_name) as actor_name from audit_log where actor_id is not null "
                + "group by actor_id order by max(actor_name)")
                .query((rs, row) -> new AuditedPerson(rs.getLong("actor_id"), rs.getString("actor_name"))).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long actor = rs.getLong("actor_id");
        return new AuditEntry(rs.getLong("id"), SqlTimes.fromDb(rs, "at"), rs.wasNull() ? null : actor,
                rs.getString("actor_name"), rs.getString("area"), rs.getString("action"), rs.getString("subject"),
                rs.getString("before_json"), rs.getString("after_json"));
    }
}
