package org.urbangrid.frontage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.frontage.CaseLink;
import org.urbangrid.frontage.Contract;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.Rating;
import org.urbangrid.frontage.Standard;
import org.urbangrid.frontage.Step;
import org.urbangrid.frontage.StepKind;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.platform.SqlTimes;

/** SQL of the frontage duty tables (V37). Every list seeks on an index ending in its id; none uses OFFSET. */
@Repository
public class FrontageStore {

    /** A unit's columns as stored: the shapes as WKT. */
    public record UnitRow(String name, UnitKind kind, String address, String streetCode, String contactPerson,
            String contactPhone, String sourceWkt, Double depthMetres, String areaWkt, double areaSquareMetres) {}

    private final JdbcClient jdbc;

    FrontageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- units

    public long insertUnit(UnitRow u, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into frontage_unit (name, kind, address, street_code, contact_person, contact_phone, source_wkt,
                    depth_m, area_wkt, area_m2, active, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                .params(u.name(), u.kind().name(), u.address(), u.streetCode(), u.contactPerson(), u.contactPhone(),
                        u.sourceWkt(), u.depthMetres(), u.areaWkt(), u.areaSquareMetres(), SqlTimes.toDb(now),
                        SqlTimes.toDb(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateUnit(long id, UnitRow u, Instant now) {
        jdbc.sql("""
                update frontage_unit set name = ?, kind = ?, address = ?, street_code = ?, contact_person = ?,
                    contact_phone = ?, source_wkt = ?, depth_m = ?, area_wkt = ?, area_m2 = ?, updated_at = ?
                where id = ?""")
                .params(u.name(), u.kind().name(), u.address(), u.streetCode(), u.contactPerson(), u.contactPhone(),
                        u.sourceWkt(), u.depthMetres(), u.areaWkt(), u.areaSquareMetres(), SqlTimes.toDb(now), id)
                .update();
    }

    public void setActive(long id, boolean active, Instant now) {
        jdbc.sql("update frontage_unit set active = ?, updated_at = ? where id = ?")
                .params(active, SqlTimes.toDb(now), id).update();
    }

    public Optional<FrontageUnit> unit(long id) {
        return jdbc.sql("select * from frontage_unit where id = ?").param(id).query(FrontageStore::unit).optional();
    }

    public List<FrontageUnit> activeUnits() {
        return jdbc.sql("select * from frontage_unit where active order by id").query(FrontageStore::unit).list();
    }

    public List<FrontageUnit> units(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from frontage_unit where id in (:ids) order by id").param("ids", ids)
                .query(FrontageStore::unit).list();
    }

    /**
     * The register page: by name (part of it), kind and street, active ones unless {@code all}, in id order after
     * {@code after}.
     */
    public List<FrontageUnit> search(String name, UnitKind kind, String street, boolean all, long after, int limit) {
        var sql = new StringBuilder("select * from frontage_unit where id > :after");
        if (!all) {
            sql.append(" and active");
        }
        if (name != null) {
            sql.append(" and lower(name) like :name");
        }
        if (kind != null) {
            sql.append(" and kind = :kind");
        }
        if (street != null) {
            sql.append(" and street_code = :street");
        }
        sql.append(" order by id fetch first :limit rows only");
        var spec = jdbc.sql(sql.toString()).param("after", after).param("limit", limit);
        if (name != null) {
            spec = spec.param("name", "%" + name.toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
        if (kind != null) {
            spec = spec.param("kind", kind.name());
        }
        if (street != null) {
            spec = spec.param("street", street);
        }
        return spec.query(FrontageStore::unit).list();
    }

    // --- supervising departments

    public Map<UnitKind, Long> supervisors() {
        var map = new EnumMap<UnitKind, Long>(UnitKind.class);
        jdbc.sql("select kind, department_id from frontage_supervisor").query((rs, n) -> {
            var kind = UnitKind.parse(rs.getString("kind"));
            if (kind != null) {
                map.put(kind, rs.getLong("department_id"));
            }
            return null;
        }).list();
        return map;
    }

    public void setSupervisor(UnitKind kind, long departmentId, Instant now) {
        int updated = jdbc.sql("update frontage_supervisor set department_id = ?, updated_at = ? where kind = ?")
                .params(departmentId, SqlTimes.toDb(now), kind.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into frontage_supervisor (kind, department_id, updated_at) values (?, ?, ?)")
                    .params(kind.name(), departmentId, SqlTimes.toDb(now)).update();
        }
    }

    // --- contracts

    public long insertContract(long unitId, LocalDate signedOn, LocalDate endsOn, String scanPhotoId,
            Set<Standard> standards, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into frontage_contract (unit_id, signed_on, ends_on, scan_photo_id, standards, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(unitId, signedOn, endsOn, scanPhotoId,
                        standards.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        SqlTimes.toDb(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A unit's contracts, the newest first. */
    public List<Contract> contracts(long unitId) {
        return jdbc.sql("select * from frontage_contract where unit_id = ? order by id desc").param(unitId)
                .query(FrontageStore::contract).list();
    }

    public Optional<Contract> contract(long id) {
        return jdbc.sql("select * from frontage_contract where id = ?").param(id).query(FrontageStore::contract)
                .optional();
    }

    /**
     * The active units' current contracts (each unit's latest) ending on or before {@code dueBy}, soonest first, after
     * the cursor ({@code endsOn}, {@code id}).
     */
    public List<Contract> dueForRenewal(LocalDate dueBy, LocalDate afterEnds, long afterId, int limit) {
        return jdbc.sql("""
                select c.* from frontage_contract c join frontage_unit u on u.id = c.unit_id
                where u.active and c.ends_on <= :due
                  and (c.ends_on > :afterEnds or (c.ends_on = :afterEnds and c.id > :afterId))
                  and c.id = (select max(l.id) from frontage_contract l where l.unit_id = c.unit_id)
                order by c.ends_on, c.id fetch first :limit rows only""")
                .param("due", dueBy).param("afterEnds", afterEnds).param("afterId", afterId).param("limit", limit)
                .query(FrontageStore::contract).list();
    }

    // --- case links

    /**
     * Stores the link unless it is there already; false when it was. A republished event finds its rows and stores
     * nothing; two nodes inserting the same link at once meet the primary key (the loser's transaction rolls back and
     * the registry retries it, finding the row).
     */
    public void insertLink(CaseLink link) {
        jdbc.sql("""
                insert into frontage_case_link (unit_id, case_id, case_number, class_code, reported_at, primary_unit,
                    repeat_of)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(link.unitId(), link.caseId(), link.caseNumber(), link.classCode(),
                        SqlTimes.toDb(link.reportedAt()), link.primary(), link.repeatOf())
                .update();
    }

    /** The latest earlier case of the class at the unit reported in [from, before), other than the case itself. */
    public Optional<Long> earlierOfClass(long unitId, String classCode, Instant from, Instant before, long caseId) {
        return jdbc.sql("""
                select case_id from frontage_case_link
                where unit_id = ? and reported_at >= ? and reported_at <= ? and class_code = ? and case_id <> ?
                order by reported_at desc, case_id desc fetch first 1 rows only""")
                .params(unitId, SqlTimes.toDb(from), SqlTimes.toDb(before), classCode, caseId)
                .query(Long.class).optional();
    }

    /** A unit's links, newest first, before the cursor (reported at, case id); null cursor: from the newest. */
    public List<CaseLink> links(long unitId, Instant beforeAt, Long beforeCase, int limit) {
        if (beforeAt == null) {
            return jdbc.sql("""
                    select * from frontage_case_link where unit_id = ?
                    order by reported_at desc, case_id desc fetch first ? rows only""")
                    .params(unitId, limit).query(FrontageStore::link).list();
        }
        return jdbc.sql("""
                select * from frontage_case_link where unit_id = ?
                  and (reported_at < ? or (reported_at = ? and case_id < ?))
                order by reported_at desc, case_id desc fetch first ? rows only""")
                .params(unitId, SqlTimes.toDb(beforeAt), SqlTimes.toDb(beforeAt), beforeCase, limit)
                .query(FrontageStore::link).list();
    }

    public List<CaseLink> linksOfCase(long caseId) {
        return jdbc.sql("select * from frontage_case_link where case_id = ? order by primary_unit desc, unit_id")
                .param(caseId).query(FrontageStore::link).list();
    }

    /** Every link reported in [from, to). */
    public List<CaseLink> linksBetween(Instant from, Instant to) {
        return jdbc.sql("select * from frontage_case_link where reported_at >= ? and reported_at < ? order by unit_id")
                .params(SqlTimes.toDb(from), SqlTimes.toDb(to)).query(FrontageStore::link).list();
    }

    // --- steps

    public long insertStep(long unitId, StepKind kind, LocalDate takenOn, String note, Long caseId, long recordedBy,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into frontage_step (unit_id, kind, taken_on, note, case_id, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(unitId, kind.name(), takenOn, note, caseId, recordedBy, SqlTimes.toDb(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A unit's steps, the latest taken first. */
    public List<Step> steps(long unitId) {
        return jdbc.sql("select * from frontage_step where unit_id = ? order by taken_on desc, id desc")
                .param(unitId).query(FrontageStore::step).list();
    }

    /** Every step taken in [from, to]. */
    public List<Step> stepsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from frontage_step where taken_on >= ? and taken_on <= ? order by unit_id")
                .params(from, to).query(FrontageStore::step).list();
    }

    // --- ratings

    /** Replaces the month's ratings with these, in the caller's transaction. */
    public void replaceRatings(YearMonth month, List<Rating> ratings) {
        jdbc.sql("delete from frontage_rating where rating_month = ?").param(month.toString()).update();
        for (var r : ratings) {
            jdbc.sql("""
                    insert into frontage_rating (unit_id, rating_month, score, passed, cases, repeats, dissuasions, notices,
                        penalties, computed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.unitId(), month.toString(), r.score(), r.passed(), r.cases(), r.repeats(),
                            r.dissuasions(), r.notices(), r.penalties(), SqlTimes.toDb(r.computedAt()))
                    .update();
        }
    }

    public List<Rating> ratings(YearMonth month) {
        return jdbc.sql("select * from frontage_rating where rating_month = ? order by unit_id").param(month.toString())
                .query(FrontageStore::rating).list();
    }

    /** Ratings of months from {@code from} to {@code to}, inclusive. */
    public List<Rating> ratingsBetween(YearMonth from, YearMonth to) {
        return jdbc.sql("select * from frontage_rating where rating_month >= ? and rating_month <= ? order by unit_id, rating_month")
                .params(from.toString(), to.toString()).query(FrontageStore::rating).list();
    }

    public List<Rating> ratingsOf(long unitId) {
        return jdbc.sql("select * from frontage_rating where unit_id = ? order by rating_month desc").param(unitId)
                .query(FrontageStore::rating).list();
    }

    public List<String> ratedMonths() {
        return jdbc.sql("select distinct rating_month from frontage_rating order by rating_month desc").query(String.class).list();
    }

    // --- rows

    private static FrontageUnit unit(ResultSet rs, int row) throws SQLException {
        double depth = rs.getDouble("depth_m");
        return new FrontageUnit(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("address"), rs.getString("street_code"), rs.getString("contact_person"),
                rs.getString("contact_phone"), rs.getString("source_wkt"), rs.wasNull() ? null : depth,
                rs.getString("area_wkt"), rs.getDouble("area_m2"), rs.getBoolean("active"),
                SqlTimes.fromDb(rs, "created_at"), SqlTimes.fromDb(rs, "updated_at"));
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        var text = rs.getString("standards");
        Set<Standard> standards = EnumSet.noneOf(Standard.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(Standard::valueOf).forEach(standards::add);
        }
        return new Contract(rs.getLong("id"), rs.getLong("unit_id"), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("scan_photo_id"), standards);
    }

    private static CaseLink link(ResultSet rs, int row) throws SQLException {
        long repeat = rs.getLong("repeat_of");
        Long repeatOf = rs.wasNull() ? null : repeat;
        return new CaseLink(rs.getLong("unit_id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getString("class_code"), SqlTimes.fromDb(rs, "reported_at"), rs.getBoolean("primary_unit"),
                repeatOf);
    }

    private static Step step(ResultSet rs, int row) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long kase = rs.wasNull() ? null : caseId;
        return new Step(rs.getLong("id"), rs.getLong("unit_id"), StepKind.valueOf(rs.getString("kind")),
                rs.getObject("taken_on", LocalDate.class), rs.getString("note"), kase, rs.getLong("recorded_by"),
                SqlTimes.fromDb(rs, "recorded_at"));
    }

    private static Rating rating(ResultSet rs, int row) throws SQLException {
        return new Rating(rs.getLong("unit_id"), YearMonth.parse(rs.getString("rating_month")), rs.getInt("score"),
                rs.getBoolean("passed"), rs.getInt("cases"), rs.getInt("repeats"), rs.getInt("dissuasions"),
                rs.getInt("notices"), rs.getInt("penalties"), SqlTimes.fromDb(rs, "computed_at"));
    }
}
