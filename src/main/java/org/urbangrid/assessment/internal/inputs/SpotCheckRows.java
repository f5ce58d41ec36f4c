package org.urbangrid.assessment.internal.inputs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.platform.SqlTimes;

/** SQL for spot-check draws, drawn grids and findings. */
@Repository
class SpotCheckRows {

    /** A drawn grid as stored, before names and scores are added. */
    record GridRow(long drawId, int order, String unitGridCode, String communityCode, String streetCode,
            Long inspectorId, Long checkedBy, Instant checkedAt, int problems) {}

    /** A draw as stored. */
    record DrawRow(long id, String month, String areaCode, int count, long seed, int poolSize, String poolSha256,
            long drawnBy, Instant drawnAt) {}

    private static final String GRID_SELECT = """
            select g.*, (select count(*) from spot_check_finding f
                         where f.draw_id = g.draw_id and f.unit_grid_code = g.unit_grid_code) as problems
            from spot_check_grid g""";

    private final JdbcClient jdbc;

    SpotCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraw(String month, String area, int count, long seed, int poolSize, String poolSha, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into spot_check_draw (draw_month, area_code, grid_count, seed, pool_size, pool_sha256, drawn_by, drawn_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(month, area, count, seed, poolSize, poolSha, by, SqlTimes.toDb(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertGrid(long drawId, int order, String unit, String community, String street, Long inspectorId) {
        jdbc.sql("""
                insert into spot_check_grid (draw_id, draw_order, unit_grid_code, community_code, street_code, inspector_id)
                values (?, ?, ?, ?, ?, ?)""").params(drawId, order, unit, community, street, inspectorId).update();
    }

    boolean exists(String month, String area) {
        return jdbc.sql("select count(*) from spot_check_draw where draw_month = ? and area_code = ?")
                .params(month, area).query(Long.class).single() > 0;
    }

    Optional<DrawRow> draw(long id) {
        return jdbc.sql("select * from spot_check_draw where id = ?").param(id).query(SpotCheckRows::drawRow).optional();
    }

    List<DrawRow> draws(String month) {
        return jdbc.sql("select * from spot_check_draw where draw_month = ? order by id").param(month)
                .query(SpotCheckRows::drawRow).list();
    }

    List<GridRow> grids(long drawId) {
        return jdbc.sql(GRID_SELECT + " where g.draw_id = ? order by g.draw_order").param(drawId)
                .query(SpotCheckRows::gridRow).list();
    }

    Optional<GridRow> grid(long drawId, String code) {
        return jdbc.sql(GRID_SELECT + " where g.draw_id = ? and g.unit_grid_code = ?").params(drawId, code)
                .query(SpotCheckRows::gridRow).optional();
    }

    /** Drawn grids not yet completed in the months, for an inspector's list. */
    List<GridRow> pending(List<String> months) {
        return jdbc.sql(GRID_SELECT + " join spot_check_draw d on d.id = g.draw_id where g.checked_at is null and d.draw_month in ("
                + Months.placeholders(months.size()) + ") order by g.draw_id, g.draw_order")
                .params(List.copyOf(months)).query(SpotCheckRows::gridRow).list();
    }

    /** Completed grids of draws in the months. */
    List<GridRow> completed(List<String> months) {
        return jdbc.sql(GRID_SELECT + " join spot_check_draw d on d.id = g.draw_id where g.checked_at is not null and d.draw_month in ("
                + Months.placeholders(months.size()) + ")")
                .params(List.copyOf(months)).query(SpotCheckRows::gridRow).list();
    }

    /** (department id, problems) over completed grids of draws in the months. */
    List<long[]> problemsByDepartment(List<String> months) {
        return jdbc.sql("""
                select f.department_id, count(*) as problems from spot_check_finding f
                join spot_check_grid g on g.draw_id = f.draw_id and g.unit_grid_code = f.unit_grid_code
                join spot_check_draw d on d.id = f.draw_id
                where g.checked_at is not null and f.department_id is not null and d.draw_month in (""" 
                + Months.placeholders(months.size()) + ") group by f.department_id")
                .params(List.copyOf(months)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    void assign(long drawId, String code, Long inspectorId) {
        jdbc.sql("update spot_check_grid set inspector_id = ? where draw_id = ? and unit_grid_code = ?")
                .params(inspectorId, drawId, code).update();
    }

    boolean complete(long drawId, String code, long by, Instant at) {
        return jdbc.sql("update spot_check_grid set checked_by = ?, checked_at = ? where draw_id = ? and unit_grid_code = ? and checked_at is null")
                .params(by, SqlTimes.toDb(at), drawId, code).update() == 1;
    }

    long insertFinding(long drawId, String code, String classCode, Long departmentId, String description, String photoId,
            double latitude, double longitude, long by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into spot_check_finding (draw_id, unit_grid_code, class_code, department_id, description, photo_id,
                    latitude, longitude, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(drawId, code, classCode, departmentId, description, photoId, latitude, longitude, by,
                        SqlTimes.toDb(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<SpotCheck.Finding> findings(long drawId, String code) {
        return jdbc.sql("select * from spot_check_finding where draw_id = ? and unit_grid_code = ? order by id")
                .params(drawId, code).query(SpotCheckRows::finding).list();
    }

    Optional<SpotCheck.Finding> finding(long id) {
        return jdbc.sql("select * from spot_check_finding where id = ?").param(id).query(SpotCheckRows::finding).optional();
    }

    private static SpotCheck.Finding finding(ResultSet rs, int row) throws SQLException {
        long dept = rs.getLong("department_id");
        Long department = rs.wasNull() ? null : dept;
        return new SpotCheck.Finding(rs.getLong("id"), rs.getLong("draw_id"), rs.getString("unit_grid_code"),
                rs.getString("class_code"), department, rs.getString("description"), rs.getString("photo_id"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getLong("recorded_by"),
                SqlTimes.fromDb(rs, "recorded_at"));
    }

    private static DrawRow drawRow(ResultSet rs, int row) throws SQLException {
        return new DrawRow(rs.getLong("id"), rs.getString("draw_month"), rs.getString("area_code"), rs.getInt("grid_count"),
                rs.getLong("seed"), rs.getInt("pool_size"), rs.getString("pool_sha256"), rs.getLong("drawn_by"),
                SqlTimes.fromDb(rs, "drawn_at"));
    }

    private static GridRow gridRow(ResultSet rs, int row) throws SQLException {
        long inspector = rs.getLong("inspector_id");
        Long inspectorId = rs.wasNull() ? null : inspector;
        long checker = rs.getLong("checked_by");
        Long checkedBy = rs.wasNull() ? null : checker;
        return new GridRow(rs.getLong("draw_id"), rs.getInt("draw_order"), rs.getString("unit_grid_code"),
                rs.getString("community_code"), rs.getString("street_code"), inspectorId, checkedBy,
                SqlTimes.fromDb(rs, "checked_at"), rs.getInt("problems"));
    }
}
