package org.urbangrid.chiefs.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.chiefs.ChiefAssignment;
import org.urbangrid.chiefs.ChiefLevel;
import org.urbangrid.chiefs.SegmentKind;
import org.urbangrid.chiefs.Signboard;
import org.urbangrid.grid.Shapes;
import org.urbangrid.platform.SqlTimes;

/** The chiefs' tables (V39): segments, assignments, signboards, case links, patrols, track points, findings. */
@Repository
public class ChiefStore {

    /** A segment row as stored (its distance null when it takes its kind's default). */
    public record SegmentRow(long id, String code, String name, SegmentKind kind, String wkt, double lengthMetres,
            Double matchDistance) {}

    /** A case linked to a segment. */
    public record Link(long caseId, long segmentId, double distanceMetres, boolean primary, double latitude,
            double longitude, Instant reportedAt) {}

    /** A patrol. */
    public record PatrolRow(long id, long staffId, long segmentId, String clientKey, Instant startedAt, Instant endedAt) {}

    /** A track point. */
    public record TrackPoint(long patrolId, Instant recordedAt, double latitude, double longitude, Double accuracy) {}

    /** A finding. */
    public record FindingRow(long id, long patrolId, long caseId, String kind, Instant createdAt) {}

    private final JdbcClient jdbc;

    ChiefStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SegmentRow> segments() {
        return jdbc.sql("select * from chief_segment order by kind, code, id").query(ChiefStore::segment).list();
    }

    public Optional<SegmentRow> segment(long id) {
        return jdbc.sql("select * from chief_segment where id = ?").param(id).query(ChiefStore::segment).optional();
    }

    public List<String> codes() {
        return jdbc.sql("select code from chief_segment").query(String.class).list();
    }

    public long insertSegment(String code, String name, SegmentKind kind, String wkt, double length, Double distance,
            Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into chief_segment (code, name, kind, geometry, length_m, match_distance_m, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(code, name, kind.name(), wkt, length, distance, SqlTimes.toDb(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setDistance(long id, Double distance) {
        jdbc.sql("update chief_segment set match_distance_m = ? where id = ?").params(distance, id).update();
    }

    public List<ChiefAssignment> assignments() {
        return jdbc.sql(ASSIGNMENTS + " order by a.segment_id, a.level, a.id").query(ChiefStore::assignment).list();
    }

    public List<ChiefAssignment> assignmentsOf(long staffId) {
        return jdbc.sql(ASSIGNMENTS + " where a.staff_id = ? order by a.segment_id, a.id").param(staffId)
                .query(ChiefStore::assignment).list();
    }

    public Optional<ChiefAssignment> assignment(long id) {
        return jdbc.sql(ASSIGNMENTS + " where a.id = ?").param(id).query(ChiefStore::assignment).optional();
    }

    private static final String ASSIGNMENTS = "select a.*, s.display_name from chief_assignment a "
            + "join staff s on s.id = a.staff_id";

    public long insertAssignment(long segmentId, long staffId, ChiefLevel level, LocalDate since, LocalDate until,
            LocalDate signed, LocalDate ends, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into chief_assignment (segment_id, staff_id, level, since, until, letter_signed_on, "
                + "letter_ends_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(segmentId, staffId, level.name(), date(since), date(until), date(signed), date(ends),
                        SqlTimes.toDb(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void endAssignment(long id, LocalDate until) {
        jdbc.sql("update chief_assignment set until = ? where id = ?").params(date(until), id).update();
    }

    public List<Signboard> signboards() {
        return jdbc.sql("select * from chief_signboard order by segment_id, id").query(ChiefStore::signboard).list();
    }

    public long insertSignboard(long segmentId, double lat, double lng, String text, String phone, LocalDate installed,
            String component, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into chief_signboard (segment_id, latitude, longitude, shown_text, complaint_phone, "
                + "installed_on, component_code, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(segmentId, lat, lng, text, phone, date(installed), component, SqlTimes.toDb(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    // ---------- case links ----------

    /** Stores the links not stored yet (a replayed event changes nothing). */
    public void link(List<Link> links) {
        for (var l : links) {
            jdbc.sql("insert into chief_case_link (case_id, segment_id, distance_m, is_primary, latitude, "
                    + "longitude, reported_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(l.caseId(), l.segmentId(), l.distanceMetres(), l.primary(), l.latitude(),
                            l.longitude(), SqlTimes.toDb(l.reportedAt()))
                    .update();
        }
    }

    public List<Link> linksOfCase(long caseId) {
        return jdbc.sql("select * from chief_case_link where case_id = ? order by is_primary desc, distance_m")
                .param(caseId).query(ChiefStore::link).list();
    }

    /** A segment's links reported in [from, to), newest first, keyset on (reported_at, case_id) before a cursor. */
    public List<Link> links(long segmentId, Instant from, Instant to, Instant beforeAt, Long beforeId, int limit) {
        var sql = new StringBuilder("select * from chief_case_link where segment_id = :s");
        if (from != null) {
            sql.append(" and reported_at >= :from");
        }
        if (to != null) {
            sql.append(" and reported_at < :to");
        }
        if (beforeAt != null && beforeId != null) {
            sql.append(" and (reported_at < :bat or (reported_at = :bat and case_id < :bid))");
        }
        sql.append(" order by reported_at desc, case_id desc limit :limit");
        var spec = jdbc.sql(sql.toString()).param("s", segmentId).param("limit", limit);
        if (from != null) {
            spec = spec.param("from", SqlTimes.toDb(from));
        }
        if (to != null) {
            spec = spec.param("to", SqlTimes.toDb(to));
        }
        if (beforeAt != null && beforeId != null) {
            spec = spec.param("bat", SqlTimes.toDb(beforeAt)).param("bid", beforeId);
        }
        return spec.query(ChiefStore::link).list();
    }

    public boolean linked(long caseId, Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from chief_case_link where case_id = :c and segment_id in (:s)")
                .param("c", caseId).param("s", segmentIds).query(Long.class).single() > 0;
    }

    // ---------- patrols ----------

    public Optional<PatrolRow> patrolByKey(long staffId, String key) {
        return jdbc.sql("select * from chief_patrol where staff_id = ? and client_key = ?").params(staffId, key)
                .query(ChiefStore::patrol).optional();
    }

    public Optional<PatrolRow> patrol(long id) {
        return jdbc.sql("select * from chief_patrol where id = ?").param(id).query(ChiefStore::patrol).optional();
    }

    public long insertPatrol(long staffId, long segmentId, String key, Instant startedAt, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into chief_patrol (staff_id, segment_id, client_key, started_at, created_at) "
                + "values (?, ?, ?, ?, ?)")
                .params(staffId, segmentId, key, SqlTimes.toDb(startedAt), SqlTimes.toDb(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void endPatrol(long id, Instant endedAt) {
        jdbc.sql("update chief_patrol set ended_at = ? where id = ? and ended_at is null")
                .params(SqlTimes.toDb(endedAt), id).update();
    }

    /** Patrols started in [from, to) on these segments (null: any) by this staff member (null: anyone). */
    public List<PatrolRow> patrols(Collection<Long> segmentIds, Long staffId, Instant from, Instant to) {
        var sql = new StringBuilder("select * from chief_patrol where started_at >= :from and started_at < :to");
        if (segmentIds != null) {
            if (segmentIds.isEmpty()) {
                return List.of();
            }
            sql.append(" and segment_id in (:s)");
        }
        if (staffId != null) {
            sql.append(" and staff_id = :staff");
        }
        sql.append(" order by started_at, id");
        var spec = jdbc.sql(sql.toString()).param("from", SqlTimes.toDb(from)).param("to", SqlTimes.toDb(to));
        if (segmentIds != null) {
            spec = spec.param("s", segmentIds);
        }
        if (staffId != null) {
            spec = spec.param("staff", staffId);
        }
        return spec.query(ChiefStore::patrol).list();
    }

    /** A chief's latest patrols, newest first. */
    public List<PatrolRow> recentPatrols(long staffId, int limit) {
        return jdbc.sql("select * from chief_patrol where staff_id = ? order by started_at desc, id desc limit ?")
                .params(staffId, limit).query(ChiefStore::patrol).list();
    }

    /** Stores the points not stored yet; answers how many were new. */
    public int addPoints(long patrolId, List<TrackPoint> points) {
        int added = 0;
        for (var p : points) {
            boolean known = jdbc.sql("select count(*) from chief_track_point where patrol_id = ? and recorded_at = ?")
                    .params(patrolId, SqlTimes.toDb(p.recordedAt())).query(Long.class).single() > 0;
            if (known) {
                continue;
            }
            try {
                jdbc.sql("insert into chief_track_point (patrol_id, recorded_at, latitude, longitude, accuracy_m) "
                        + "values (?, ?, ?, ?, ?)")
                        .params(patrolId, SqlTimes.toDb(p.recordedAt()), p.latitude(), p.longitude(), p.accuracy())
                        .update();
                added++;
            } catch (org.springframework.dao.DuplicateKeyException concurrent) {
                // resent at the same time: stored once
            }
        }
        return added;
    }

    public List<TrackPoint> points(Collection<Long> patrolIds) {
        if (patrolIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from chief_track_point where patrol_id in (:p) order by patrol_id, recorded_at")
                .param("p", patrolIds).query((rs, n) -> new TrackPoint(rs.getLong("patrol_id"),
                        SqlTimes.fromDb(rs, "recorded_at"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                        (Double) rs.getObject("accuracy_m", Double.class)))
                .list();
    }

    public Optional<FindingRow> findingByKey(long patrolId, String key) {
        return jdbc.sql("select * from chief_finding where patrol_id = ? and client_key = ?").params(patrolId, key)
                .query(ChiefStore::finding).optional();
    }

    public void insertFinding(long patrolId, long caseId, String kind, String key, Instant now) {
        try {
            jdbc.sql("insert into chief_finding (patrol_id, case_id, kind, client_key, created_at) values (?, ?, ?, ?, ?)")
                    .params(patrolId, caseId, kind, key, SqlTimes.toDb(now)).update();
        } catch (org.springframework.dao.DuplicateKeyException concurrent) {
            // the same finding resent at once
        }
    }

    public List<FindingRow> findings(Collection<Long> patrolIds) {
        if (patrolIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from chief_finding where patrol_id in (:p) order by id").param("p", patrolIds)
                .query(ChiefStore::finding).list();
    }

    // ---------- rows ----------

    private static SegmentRow segment(ResultSet rs, int n) throws SQLException {
        return new SegmentRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                SegmentKind.valueOf(rs.getString("kind")), rs.getString("geometry"), rs.getDouble("length_m"),
                (Double) rs.getObject("match_distance_m", Double.class));
    }

    private static ChiefAssignment assignment(ResultSet rs, int n) throws SQLException {
        return new ChiefAssignment(rs.getLong("id"), rs.getLong("segment_id"), rs.getLong("staff_id"),
                rs.getString("display_name"), ChiefLevel.valueOf(rs.getString("level")), day(rs, "since"),
                day(rs, "until"), day(rs, "letter_signed_on"), day(rs, "letter_ends_on"));
    }

    private static Signboard signboard(ResultSet rs, int n) throws SQLException {
        return new Signboard(rs.getLong("id"), rs.getLong("segment_id"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getString("shown_text"), rs.getString("complaint_phone"),
                day(rs, "installed_on"), rs.getString("component_code"));
    }

    private static Link link(ResultSet rs, int n) throws SQLException {
        return new Link(rs.getLong("case_id"), rs.getLong("segment_id"), rs.getDouble("distance_m"),
                rs.getBoolean("is_primary"), rs.getDouble("latitude"), rs.getDouble("longitude"),
                SqlTimes.fromDb(rs, "reported_at"));
    }

    private static PatrolRow patrol(ResultSet rs, int n) throws SQLException {
        return new PatrolRow(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("segment_id"),
                rs.getString("client_key"), SqlTimes.fromDb(rs, "started_at"), SqlTimes.fromDb(rs, "ended_at"));
    }

    private static FindingRow finding(ResultSet rs, int n) throws SQLException {
        return new FindingRow(rs.getLong("id"), rs.getLong("patrol_id"), rs.getLong("case_id"), rs.getString("kind"),
                SqlTimes.fromDb(rs, "created_at"));
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** For a test's or the demo's look at the WKT. */
    static String wkt(org.locationtech.jts.geom.Geometry g) {
        return Shapes.toWkt(g);
    }
}
