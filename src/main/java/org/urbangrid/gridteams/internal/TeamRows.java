package org.urbangrid.gridteams.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.duty.Duty;
import org.urbangrid.gridteams.ChainUrge;
import org.urbangrid.gridteams.Person;
import org.urbangrid.gridteams.Post;
import org.urbangrid.gridteams.Zone;

/** The grid teams' tables (V41, V42), plain SQL for H2 and PostgreSQL. */
@Repository
public class TeamRows {

    private static final String POST = """
            select p.id, p.place_code, p.duty, p.since, p.until, p.letter_signed_on, p.letter_ends_on, p.letter_scan_id,
                   r.id as person_id, r.name, r.phone, r.organisation, r.staff_id
            from gt_post p join gt_person r on r.id = p.person_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TeamRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // people

    public List<Person> people() {
        return jdbc.sql("select id, name, phone, organisation, staff_id from gt_person order by id")
                .query(TeamRows::person).list();
    }

    public Optional<Person> person(long id) {
        return jdbc.sql("select id, name, phone, organisation, staff_id from gt_person where id = ?").param(id)
                .query(TeamRows::person).optional();
    }

    public long insertPerson(String name, String phone, String organisation, Long staffId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gt_person (name, phone, organisation, staff_id, created_at) values (?, ?, ?, ?, ?)")
                .params(name, phone, organisation, staffId, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updatePerson(long id, String organisation, Long staffId) {
        jdbc.sql("update gt_person set organisation = coalesce(cast(? as varchar(200)), organisation), staff_id = coalesce(cast(? as bigint), staff_id) where id = ?").params(organisation, staffId, id)
                .update();
    }

    // posts

    /** Posts not ended before {@code today}, of the places whose codes start with {@code prefix} or equal {@code also}. */
    public List<Post> posts(String prefix, String also, LocalDate today) {
        return jdbc.sql(POST + """
                where ((p.place_code >= ? and p.place_code < ?) or p.place_code = ?)
                  and (p.until is null or p.until >= ?)
                order by p.place_code, p.duty, p.since, p.id
                """).params(prefix, upper(prefix), also == null ? "" : also, Date.valueOf(today))
                .query(TeamRows::post).list();
    }

    /** Every post holding on the day, for the index. */
    public List<Post> activePosts(LocalDate day) {
        return jdbc.sql(POST + " where p.since <= ? and (p.until is null or p.until >= ?) order by p.place_code, p.id")
                .params(Date.valueOf(day), Date.valueOf(day)).query(TeamRows::post).list();
    }

    /** The place and duty ({@code place|DUTY}) of every post not ended before the day, started or not. */
    public java.util.Set<String> openPairs(LocalDate day) {
        var pairs = new java.util.HashSet<String>();
        jdbc.sql("select distinct place_code, duty from gt_post where until is null or until >= ?")
                .param(Date.valueOf(day)).query(rs -> {
                    pairs.add(rs.getString(1) + "|" + rs.getString(2));
                });
        return pairs;
    }

    public Optional<Post> post(long id) {
        return jdbc.sql(POST + " where p.id = ?").param(id).query(TeamRows::post).optional();
    }

    /** Ends the posts of the place and duty still open on {@code since}: their last day becomes the day before. */
    public void endOpen(String placeCode, Duty duty, LocalDate since) {
        var dayBefore = Date.valueOf(since.minusDays(1));
        jdbc.sql("""
                update gt_post set until = ? where place_code = ? and duty = ? and (until is null or until >= ?)
                  and since < ?
                """).params(dayBefore, placeCode, duty.name(), Date.valueOf(since), Date.valueOf(since)).update();
        // a post starting on or after the new one's first day is replaced by it
        jdbc.sql("delete from gt_post where place_code = ? and duty = ? and since >= ?")
                .params(placeCode, duty.name(), Date.valueOf(since)).update();
    }

    /** A post to insert. */
    public record NewPostRow(String placeCode, Duty duty, long personId, LocalDate since, LocalDate until,
            LocalDate letterSignedOn, LocalDate letterEndsOn) {}

    public long insertPost(NewPostRow row, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into gt_post (place_code, duty, person_id, since, until, letter_signed_on, letter_ends_on,
                                     created_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(row.placeCode(), row.duty().name(), row.personId(), Date.valueOf(row.since()),
                date(row.until()), date(row.letterSignedOn()), date(row.letterEndsOn()), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Many posts in batches (imports and the demo). */
    public void insertPosts(List<NewPostRow> rows, Instant now) {
        template.batchUpdate("""
                insert into gt_post (place_code, duty, person_id, since, until, letter_signed_on, letter_ends_on,
                                     created_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, 500, (ps, row) -> {
            ps.setString(1, row.placeCode());
            ps.setString(2, row.duty().name());
            ps.setLong(3, row.personId());
            ps.setDate(4, Date.valueOf(row.since()));
            ps.setDate(5, date(row.until()));
            ps.setDate(6, date(row.letterSignedOn()));
            ps.setDate(7, date(row.letterEndsOn()));
            ps.setTimestamp(8, Timestamp.from(now));
        });
    }

    public void endPost(long id, LocalDate until) {
        jdbc.sql("update gt_post set until = ? where id = ?").params(Date.valueOf(until), id).update();
    }

    public void deletePost(long id) {
        jdbc.sql("delete from gt_post where id = ?").param(id).update();
    }

    /** Open posts whose letter ends on or before {@code until}, soonest first. */
    public List<Post> postsWithLettersEndingBy(LocalDate until, LocalDate today) {
        return jdbc.sql(POST + """
                where p.letter_ends_on <= ? and (p.until is null or p.until >= ?)
                order by p.letter_ends_on, p.id
                """).params(Date.valueOf(until), Date.valueOf(today)).query(TeamRows::post).list();
    }

    // zones

    public List<Zone> zones(String communityCode) {
        return zones(jdbc.sql(ZONE + " where z.community_code = ? order by z.code").param(communityCode)
                .query((rs, n) -> zoneRow(rs)).list());
    }

    public List<Zone> allZones() {
        return zones(jdbc.sql(ZONE + " order by z.code").query((rs, n) -> zoneRow(rs)).list());
    }

    public Optional<Zone> zone(long id) {
        return zones(jdbc.sql(ZONE + " where z.id = ?").param(id).query((rs, n) -> zoneRow(rs)).list()).stream()
                .findFirst();
    }

    public Optional<Long> zoneIdByCode(String code) {
        return jdbc.sql("select id from gt_zone where code = ?").param(code).query(Long.class).optional();
    }

    public List<Zone> zonesWithLettersEndingBy(LocalDate until) {
        return zones(jdbc.sql(ZONE + " where z.letter_ends_on <= ? order by z.letter_ends_on, z.id")
                .param(Date.valueOf(until)).query((rs, n) -> zoneRow(rs)).list());
    }

    public long insertZone(String code, String name, String community, Long supervisor, Long leader,
            LocalDate signedOn, LocalDate endsOn, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into gt_zone (code, name, community_code, supervisor_id, leader_id, letter_signed_on,
                                     letter_ends_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(code, name, community, supervisor, leader, date(signedOn), date(endsOn),
                Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateZone(long id, String code, String name, String community, Long supervisor, Long leader,
            LocalDate signedOn, LocalDate endsOn) {
        jdbc.sql("""
                update gt_zone set code = ?, name = ?, community_code = ?, supervisor_id = ?, leader_id = ?,
                                   letter_signed_on = ?, letter_ends_on = ? where id = ?
                """).params(code, name, community, supervisor, leader, date(signedOn), date(endsOn), id).update();
    }

    public void setZoneGrids(long zoneId, List<String> unitGridCodes) {
        jdbc.sql("delete from gt_zone_grid where zone_id = ?").param(zoneId).update();
        template.batchUpdate("insert into gt_zone_grid (unit_grid_code, zone_id) values (?, ?)", unitGridCodes, 500,
                (ps, code) -> {
                    ps.setString(1, code);
                    ps.setLong(2, zoneId);
                });
    }

    public void setPostScan(long id, String scanId) {
        jdbc.sql("update gt_post set letter_scan_id = ? where id = ?").params(scanId, id).update();
    }

    public void setZoneScan(long id, String scanId) {
        jdbc.sql("update gt_zone set letter_scan_id = ? where id = ?").params(scanId, id).update();
    }

    public void deleteZone(long id) {
        jdbc.sql("delete from gt_zone_grid where zone_id = ?").param(id).update();
        jdbc.sql("delete from gt_zone where id = ?").param(id).update();
    }

    private static final String ZONE = """
            select z.id, z.code, z.name, z.community_code, z.letter_signed_on, z.letter_ends_on, z.letter_scan_id,
                   s.id as s_id, s.name as s_name, s.phone as s_phone, s.organisation as s_org, s.staff_id as s_staff,
                   l.id as l_id, l.name as l_name, l.phone as l_phone, l.organisation as l_org, l.staff_id as l_staff
            from gt_zone z left join gt_person s on s.id = z.supervisor_id left join gt_person l on l.id = z.leader_id
            """;

    private List<Zone> zones(List<Zone> found) {
        if (found.isEmpty()) {
            return found;
        }
        var grids = new LinkedHashMap<Long, List<String>>();
        found.forEach(z -> grids.put(z.id(), new ArrayList<>()));
        var ids = found.stream().map(Zone::id).toList();
        jdbc.sql("select zone_id, unit_grid_code from gt_zone_grid where zone_id in (:ids) order by unit_grid_code")
                .param("ids", ids).query(rs -> {
                    grids.get(rs.getLong(1)).add(rs.getString(2));
                });
        return found.stream().map(z -> new Zone(z.id(), z.code(), z.name(), z.communityCode(),
                List.copyOf(grids.get(z.id())), z.supervisor(), z.leader(), z.letterSignedOn(), z.letterEndsOn(),
                z.letterScanId()))
                .toList();
    }

    /** Every zone's grids: unit grid → zone id. */
    public Map<String, Long> zoneGrids() {
        var map = new LinkedHashMap<String, Long>();
        jdbc.sql("select unit_grid_code, zone_id from gt_zone_grid").query(rs -> {
            map.put(rs.getString(1), rs.getLong(2));
        });
        return map;
    }

    // urges

    public long insertUrge(long caseId, String key, String name, Duty duty, String message, LocalDate answerBy,
            long urgedBy, String urgedByName, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into gt_urge (case_id, person_key, person_name, duty, message, answer_by, urged_by,
                                     urged_by_name, urged_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(caseId, key, name, duty.name(), message, Date.valueOf(answerBy), urgedBy, urgedByName,
                Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setUrgeNotification(long id, long notificationId) {
        jdbc.sql("update gt_urge set notification_id = ? where id = ?").params(notificationId, id).update();
    }

    /** A case's urges, newest first (at most {@code limit}). */
    public List<ChainUrge> urges(long caseId, int limit) {
        return jdbc.sql("""
                select id, case_id, person_key, person_name, duty, message, answer_by, urged_by, urged_by_name,
                       urged_at, notification_id
                from gt_urge where case_id = ? order by id desc fetch first %d rows only
                """.formatted(limit)).param(caseId).query((rs, n) -> new ChainUrge(rs.getLong("id"),
                rs.getLong("case_id"), rs.getString("person_key"), rs.getString("person_name"),
                Duty.valueOf(rs.getString("duty")), rs.getString("message"),
                rs.getDate("answer_by").toLocalDate(), rs.getLong("urged_by"), rs.getString("urged_by_name"),
                rs.getTimestamp("urged_at").toInstant(), (Long) rs.getObject("notification_id", Long.class)))
                .list();
    }

    // mapping

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("organisation"),
                rs.getObject("staff_id", Long.class));
    }

    private static Post post(ResultSet rs, int n) throws SQLException {
        var person = new Person(rs.getLong("person_id"), rs.getString("name"), rs.getString("phone"),
                rs.getString("organisation"), rs.getObject("staff_id", Long.class));
        return new Post(rs.getLong("id"), rs.getString("place_code"), Duty.valueOf(rs.getString("duty")), person,
                rs.getDate("since").toLocalDate(), local(rs.getDate("until")), local(rs.getDate("letter_signed_on")),
                local(rs.getDate("letter_ends_on")), rs.getString("letter_scan_id"));
    }

    private static Zone zoneRow(ResultSet rs) throws SQLException {
        Person supervisor = rs.getObject("s_id") == null ? null
                : new Person(rs.getLong("s_id"), rs.getString("s_name"), rs.getString("s_phone"),
                        rs.getString("s_org"), rs.getObject("s_staff", Long.class));
        Person leader = rs.getObject("l_id") == null ? null
                : new Person(rs.getLong("l_id"), rs.getString("l_name"), rs.getString("l_phone"),
                        rs.getString("l_org"), rs.getObject("l_staff", Long.class));
        return new Zone(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("community_code"),
                List.of(), supervisor, leader, local(rs.getDate("letter_signed_on")),
                local(rs.getDate("letter_ends_on")), rs.getString("letter_scan_id"));
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** The smallest code above every code starting with the prefix. */
    private static String upper(String prefix) {
        return prefix + "~";
    }
}
