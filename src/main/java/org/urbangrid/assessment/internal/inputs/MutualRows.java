package org.urbangrid.assessment.internal.inputs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.platform.SqlTimes;

/** SQL for mutual-assessment criteria and forms. */
@Repository
class MutualRows {

    private final JdbcClient jdbc;

    MutualRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MutualCriterion> criteria(MutualDirection direction, boolean activeOnly) {
        return jdbc.sql("select * from mutual_criterion where direction = ?" + (activeOnly ? " and active = true" : "")
                + " order by sort_order, id").param(direction.name()).query(MutualRows::criterion).list();
    }

    Optional<MutualCriterion> criterion(long id) {
        return jdbc.sql("select * from mutual_criterion where id = ?").param(id).query(MutualRows::criterion).optional();
    }

    long insertCriterion(MutualDirection direction, String name, String nameEn, int maxPoints, int sortOrder,
            Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into mutual_criterion (direction, name, name_en, max_points, sort_order, active, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(direction.name(), name, nameEn, maxPoints, sortOrder, SqlTimes.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateCriterion(long id, String name, String nameEn, int maxPoints, int sortOrder, boolean active) {
        jdbc.sql("update mutual_criterion set name = ?, name_en = ?, max_points = ?, sort_order = ?, active = ? where id = ?")
                .params(name, nameEn, maxPoints, sortOrder, active, id).update();
    }

    Optional<Long> formId(MutualDirection direction, String month, String raterId, String ratedId) {
        return jdbc.sql("select id from mutual_form where direction = ? and form_month = ? and rater_id = ? and rated_id = ?")
                .params(direction.name(), month, raterId, ratedId).query(Long.class).optional();
    }

    long insertForm(MutualDirection direction, String month, String raterId, String ratedId, int points, int max,
            String remark, long by, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into mutual_form (direction, form_month, rater_id, rated_id, points, max_points, remark,
                    submitted_by, submitted_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(direction.name(), month, raterId, ratedId, points, max, remark, by, SqlTimes.toDb(at),
                        SqlTimes.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateForm(long id, int points, int max, String remark, long by, Instant at) {
        jdbc.sql("update mutual_form set points = ?, max_points = ?, remark = ?, submitted_by = ?, updated_at = ? where id = ?")
                .params(points, max, remark, by, SqlTimes.toDb(at), id).update();
        jdbc.sql("delete from mutual_form_item where form_id = ?").param(id).update();
    }

    void insertItem(long formId, long criterionId, int max, int points) {
        jdbc.sql("insert into mutual_form_item (form_id, criterion_id, max_points, points) values (?, ?, ?, ?)")
                .params(formId, criterionId, max, points).update();
    }

    Optional<MutualForm> form(long id) {
        return jdbc.sql("select * from mutual_form where id = ?").param(id).query(this::mapForm).optional();
    }

    /** Forms of a direction and month, optionally of one rater, by rated unit. */
    List<MutualForm> forms(MutualDirection direction, String month, String raterId) {
        var sql = "select * from mutual_form where direction = ? and form_month = ?";
        var params = new ArrayList<Object>(List.of(direction.name(), month));
        if (raterId != null) {
            sql += " and rater_id = ?";
            params.add(raterId);
        }
        return jdbc.sql(sql + " order by rated_id, rater_id").params(params).query(this::mapForm).list();
    }

    /** (rated id, points, max points) of every form of the direction in the months. */
    List<Object[]> totals(MutualDirection direction, List<String> months) {
        return jdbc.sql("select rated_id, points, max_points from mutual_form where direction = ? and form_month in ("
                + Months.placeholders(months.size()) + ")")
                .params(concat(direction.name(), months))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)}).list();
    }

    private MutualForm mapForm(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        int points = rs.getInt("points");
        int max = rs.getInt("max_points");
        var items = jdbc.sql("select * from mutual_form_item where form_id = ? order by criterion_id").param(id)
                .query((r, n) -> new MutualForm.Item(r.getLong("criterion_id"), r.getInt("max_points"), r.getInt("points")))
                .list();
        return new MutualForm(id, MutualDirection.valueOf(rs.getString("direction")), rs.getString("form_month"),
                rs.getString("rater_id"), rs.getString("rated_id"), points, max, MutualScores.normalised(points, max),
                rs.getString("remark"), rs.getLong("submitted_by"), SqlTimes.fromDb(rs, "submitted_at"),
                SqlTimes.fromDb(rs, "updated_at"), items);
    }

    private static MutualCriterion criterion(ResultSet rs, int row) throws SQLException {
        return new MutualCriterion(rs.getLong("id"), MutualDirection.valueOf(rs.getString("direction")),
                rs.getString("name"), rs.getString("name_en"), rs.getInt("max_points"), rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }

    static List<Object> concat(Object first, List<String> rest) {
        var all = new ArrayList<Object>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
