package org.urbangrid.citizens.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.platform.SqlTimes;

/** The tables {@code citizen_report} and {@code citizen_follow}. */
@Repository
public class CitizenRows {

    private static final String REPORT_COLUMNS = """
            id, tracking_code, case_id, kind, device_id, anonymous, phone, lang, created_at, rated_stars, rating_comment,
            rated_at, reopened_at""";

    private final JdbcClient jdbc;

    CitizenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertReport(String code, long caseId, CitizenReport.Kind kind, String idempotencyKey, String deviceId,
            boolean anonymous, String phone, String lang, Instant at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into citizen_report (tracking_code, case_id, kind, idempotency_key, device_id, anonymous, phone, lang,
                    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, caseId, kind.name(), idempotencyKey, deviceId, anonymous, phone, lang, SqlTimes.toDb(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<CitizenReport> byCode(String code) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from citizen_report where tracking_code = ?").param(code)
                .query(CitizenRows::report).optional();
    }

    public CitizenReport byId(long id) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from citizen_report where id = ?").param(id)
                .query(CitizenRows::report).single();
    }

    public Optional<CitizenReport> byIdempotencyKey(String key) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from citizen_report where idempotency_key = ?").param(key)
                .query(CitizenRows::report).optional();
    }

    /** Every code of these cases, oldest first. */
    public List<CitizenReport> ofCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + REPORT_COLUMNS + " from citizen_report where case_id in (:ids) order by id")
                .param("ids", caseIds).query(CitizenRows::report).list();
    }

    /** The first citizen report of a case (its reporter), if it came through the citizen pages. */
    public Optional<CitizenReport> firstReportOf(long caseId) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from citizen_report where case_id = ? and kind = 'REPORT'"
                + " order by id fetch first 1 rows only").param(caseId).query(CitizenRows::report).optional();
    }

    /** Sets the rating once: false when this code rated before. */
    public boolean rate(long id, int stars, String comment, Instant at) {
        return jdbc.sql("update citizen_report set rated_stars = ?, rating_comment = ?, rated_at = ? where id = ? and rated_stars is null")
                .params(stars, comment, SqlTimes.toDb(at), id).update() == 1;
    }

    /** Marks "still not fixed" said once: false when this code said it before. */
    public boolean reopened(long id, Instant at) {
        return jdbc.sql("update citizen_report set reopened_at = ? where id = ? and reopened_at is null")
                .params(SqlTimes.toDb(at), id).update() == 1;
    }

    /** Forgets the phone: no more SMS for this code. */
    public void forgetPhone(long id) {
        jdbc.sql("update citizen_report set phone = null where id = ?").param(id).update();
    }

    public void insertFollow(String phone, AreaFollow.Level level, String areaCode, String token, String deviceId,
            String lang, Instant at) {
        jdbc.sql("""
                insert into citizen_follow (phone, area_level, area_code, unfollow_token, device_id, lang, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(phone, level.name(), areaCode, token, deviceId, lang, SqlTimes.toDb(at)).update();
    }

    public Optional<AreaFollow> follow(String phone, AreaFollow.Level level, String areaCode) {
        return jdbc.sql("select * from citizen_follow where phone = ? and area_level = ? and area_code = ?")
                .params(phone, level.name(), areaCode).query(CitizenRows::follow).optional();
    }

    public Optional<AreaFollow> followByToken(String token) {
        return jdbc.sql("select * from citizen_follow where unfollow_token = ?").param(token)
                .query(CitizenRows::follow).optional();
    }

    public boolean deleteFollow(String token) {
        return jdbc.sql("delete from citizen_follow where unfollow_token = ?").param(token).update() == 1;
    }

    /** The followers of a street and of a community (either may be null). */
    public List<AreaFollow> followersOf(String streetCode, String communityCode) {
        return jdbc.sql("""
                select * from citizen_follow
                where (area_level = 'STREET' and area_code = ?) or (area_level = 'COMMUNITY' and area_code = ?)
                order by id""").params(streetCode == null ? "" : streetCode, communityCode == null ? "" : communityCode)
                .query(CitizenRows::follow).list();
    }

    private static CitizenReport report(ResultSet rs, int n) throws SQLException {
        int stars = rs.getInt("rated_stars");
        Integer rated = rs.wasNull() ? null : stars;
        return new CitizenReport(rs.getLong("id"), rs.getString("tracking_code"), rs.getLong("case_id"),
                CitizenReport.Kind.valueOf(rs.getString("kind")), rs.getString("device_id"), rs.getBoolean("anonymous"),
                rs.getString("phone"), rs.getString("lang"), SqlTimes.fromDb(rs, "created_at"), rated,
                rs.getString("rating_comment"), SqlTimes.fromDb(rs, "rated_at"), SqlTimes.fromDb(rs, "reopened_at"));
    }

    private static AreaFollow follow(ResultSet rs, int n) throws SQLException {
        return new AreaFollow(rs.getLong("id"), rs.getString("phone"), AreaFollow.Level.valueOf(rs.getString("area_level")),
                rs.getString("area_code"), rs.getString("unfollow_token"), rs.getString("lang"),
                SqlTimes.fromDb(rs, "created_at"));
    }
}
