package org.urbangrid.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.dispatch.NewRoutingRule;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.platform.SqlTimes;

/** SQL for routing rules. */
@Repository
public class RoutingRuleStore {

    private static final String SELECT = "select * from routing_rule ";

    private final JdbcClient jdbc;

    RoutingRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoutingRule> all() {
        return jdbc.sql(SELECT + "order by id").query(RoutingRuleStore::rule).list();
    }

    public List<RoutingRule> active() {
        return jdbc.sql(SELECT + "where active order by id").query(RoutingRuleStore::rule).list();
    }

    public Optional<RoutingRule> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(RoutingRuleStore::rule).optional();
    }

    public long insert(NewRoutingRule rule, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into routing_rule (category, area_code, department_id, note, priority, active, created_at, updated_at,
                    frontage_supervisor)
                values (?, ?, ?, ?, ?, true, ?, ?, ?)""")
                .params(rule.category(), rule.areaCode(), rule.departmentId(), rule.note(), priority(rule),
                        SqlTimes.toDb(now), SqlTimes.toDb(now), rule.toFrontageSupervisor())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long id, NewRoutingRule rule, boolean active, Instant now) {
        jdbc.sql("""
                update routing_rule set category = ?, area_code = ?, department_id = ?, note = ?, priority = ?,
                active = ?, updated_at = ?, frontage_supervisor = ? where id = ?""")
                .params(rule.category(), rule.areaCode(), rule.departmentId(), rule.note(), priority(rule), active,
                        SqlTimes.toDb(now), rule.toFrontageSupervisor(), id)
                .update();
    }

    public void deactivate(long id, Instant now) {
        jdbc.sql("update routing_rule set active = false, updated_at = ? where id = ?").params(SqlTimes.toDb(now), id)
                .update();
    }

    private static int priority(NewRoutingRule rule) {
        return rule.priority() == null ? 0 : rule.priority();
    }

    private static RoutingRule rule(ResultSet rs, int row) throws SQLException {
        return new RoutingRule(rs.getLong("id"), rs.getString("category"), rs.getString("area_code"),
                rs.getLong("department_id"), rs.getString("note"), rs.getInt("priority"), rs.getBoolean("active"),
                SqlTimes.fromDb(rs, "created_at"), SqlTimes.fromDb(rs, "updated_at"),
                rs.getBoolean("frontage_supervisor"));
    }
}
