package org.urbangrid.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.platform.SqlTimes;

/** SQL for formula versions (insert and read only: a version is never changed). */
@Repository
class FormulaStore {

    private static final String SELECT = "select * from assessment_formula ";

    private final JdbcClient jdbc;

    FormulaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on a day: the latest valid_from not after it, the later version on the same date. */
    Optional<Formula> inForce(LocalDate day) {
        return jdbc.sql(SELECT + "where valid_from <= ? order by valid_from desc, version desc limit 1").param(day)
                .query(FormulaStore::formula).optional();
    }

    Optional<Formula> find(long version) {
        return jdbc.sql(SELECT + "where version = ?").param(version).query(FormulaStore::formula).optional();
    }

    /** Every version, newest first. */
    List<Formula> all() {
        return jdbc.sql(SELECT + "order by version desc").query(FormulaStore::formula).list();
    }

    long insert(LocalDate validFrom, String reason, FormulaBody body, Instant at, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assessment_formula (valid_from, reason, body_json, created_at, created_by)
                values (?, ?, ?, ?, ?)""")
                .params(validFrom, reason, FormulaJson.write(body), SqlTimes.toDb(at), by)
                .update(keys, "version");
        return keys.getKey().longValue();
    }

    private static Formula formula(ResultSet rs, int row) throws SQLException {
        return new Formula(rs.getLong("version"), rs.getObject("valid_from", LocalDate.class), rs.getString("reason"),
                SqlTimes.fromDb(rs, "created_at"), rs.getString("created_by"), FormulaJson.read(rs.getString("body_json")));
    }
}
