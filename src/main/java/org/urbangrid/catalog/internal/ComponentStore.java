package org.urbangrid.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.catalog.ComponentState;
import org.urbangrid.platform.SqlTimes;

/** SQL for the component register. */
@Repository
class ComponentStore {

    private static final String SELECT = """
            select p.*, c.name as class_name from component p join catalog_class c on c.code = p.class_code
            """;
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ComponentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<StoredComponent> find(String code) {
        return jdbc.sql(SELECT + "where p.code = ?").param(code).query(ComponentStore::component).optional();
    }

    Set<String> existingCodes(Collection<String> codes) {
        var found = new HashSet<String>();
        var list = new ArrayList<>(codes);
        for (int from = 0; from < list.size(); from += CHUNK) {
            var chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            found.addAll(jdbc.sql("select code from component where code in (:codes)").param("codes", chunk)
                    .query(String.class).list());
        }
        return found;
    }

    void insertAll(List<NewComponent> components, Instant importedAt) {
        var rows = components.stream().map(c -> new Object[] {c.code(), c.classCode(), c.name(), c.latitude(),
                c.longitude(), c.unitGridCode(), c.ownerDepartmentId(), c.maintainerDepartmentId(), c.state().name(),
                c.material(), c.surveyDate(), c.source(), SqlTimes.toDb(importedAt)}).toList();
        template.batchUpdate("""
                insert into component (code, class_code, name, latitude, longitude, unit_grid_code,
                    owner_department_id, maintainer_department_id, state, material, survey_date, source, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    List<StoredComponent> search(ComponentQuery query) {
        var where = where(query);
        return bind(jdbc.sql(SELECT + where.sql() + " order by p.code limit :limit offset :offset"), where)
                .param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(ComponentStore::component).list();
    }

    List<org.urbangrid.catalog.Components.MapPoint> within(double minLng, double minLat, double maxLng, double maxLat,
            int limit) {
        return jdbc.sql("select p.code, p.class_code, c.name as class_name, p.name, p.latitude, p.longitude, p.state "
                        + "from component p join catalog_class c on c.code = p.class_code "
                        + "where p.latitude between :minLat and :maxLat and p.longitude between :minLng and :maxLng "
                        + "order by p.latitude, p.longitude limit :limit")
                .param("minLat", minLat).param("maxLat", maxLat).param("minLng", minLng).param("maxLng", maxLng)
                .param("limit", limit)
                .query((rs, n) -> new org.urbangrid.catalog.Components.MapPoint(rs.getString("code"),
                        rs.getString("class_code"), rs.getString("class_name"), rs.getString("name"),
                        rs.getDouble("latitude"), rs.getDouble("longitude"), ComponentState.valueOf(rs.getString("state"))))
                .list();
    }

    long count(ComponentQuery query) {
        var where = where(query);
        return bind(jdbc.sql("select count(*) from component p" + where.sql()), where).query(Long.class).single();
    }

    private record Where(String sql, List<String[]> params) {}

    private static Where where(ComponentQuery q) {
        var clauses = new ArrayList<String>();
        var params = new ArrayList<String[]>();
        addIf(q.unitGridCode(), "p.unit_grid_code = :grid", "grid", clauses, params);
        addIf(q.classCode(), "p.class_code = :class", "class", clauses, params);
        addIf(q.state() == null ? null : q.state().name(), "p.state = :state", "state", clauses, params);
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static void addIf(String value, String clause, String name, List<String> clauses, List<String[]> params) {
        if (value != null) {
            clauses.add(clause);
            params.add(new String[] {name, value});
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Where where) {
        for (var param : where.params()) {
            spec = spec.param(param[0], param[1]);
        }
        return spec;
    }

    private static StoredComponent component(ResultSet rs, int row) throws SQLException {
        return new StoredComponent(rs.getString("code"), rs.getString("class_code"), rs.getString("class_name"),
                rs.getString("name"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getString("unit_grid_code"), nullableLong(rs, "owner_department_id"),
                nullableLong(rs, "maintainer_department_id"), ComponentState.valueOf(rs.getString("state")),
                rs.getString("material"), rs.getObject("survey_date", LocalDate.class), rs.getString("source"),
                SqlTimes.fromDb(rs, "imported_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
