package org.urbangrid.assessment.internal.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.assessment.Period;
import org.urbangrid.platform.SqlTimes;

/** SQL of published periods: insert and read, nothing else (append-only, as {@code case_history}). */
@Repository
class PublicationRows {

    private static final String COLUMNS = "id, period, period_kind, version, published_at, published_by_id, "
            + "published_by_name, reason, formula_versions, content_hash";

    private final JdbcClient jdbc;

    PublicationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Period period, Publication publication, String snapshot) {
        jdbc.sql("""
                insert into assessment_publication (period, period_kind, period_from, period_to, version, published_at,
                    published_by_id, published_by_name, reason, formula_versions, content_hash, snapshot)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(period.toString(), period.kind().name(), period.from(), period.to(), publication.version(),
                        SqlTimes.toDb(publication.publishedAt()), publication.publishedById(),
                        publication.publishedByName(), publication.reason(), publication.formulaVersions(),
                        publication.contentHash(), snapshot)
                .update();
    }

    int latestVersion(String period) {
        return jdbc.sql("select coalesce(max(version), 0) from assessment_publication where period = ?")
                .param(period).query(Integer.class).single();
    }

    /** Every version of a period, oldest first. */
    List<Publication> versions(String period) {
        return jdbc.sql("select " + COLUMNS + " from assessment_publication where period = ? order by version")
                .param(period).query(PublicationRows::publication).list();
    }

    /** The newest version of every published period, newest period first; {@code limit} rows at most. */
    List<Publication> current(int limit) {
        return jdbc.sql("select " + COLUMNS + " from assessment_publication p where version = "
                        + "(select max(version) from assessment_publication q where q.period = p.period) "
                        + "order by period_from desc, period_to desc limit ?")
                .param(limit).query(PublicationRows::publication).list();
    }

    Optional<String> snapshot(String period, int version) {
        return jdbc.sql("select snapshot from assessment_publication where period = ? and version = ?")
                .params(period, version).query(String.class).optional();
    }

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("published_by_id");
        Long byId = rs.wasNull() ? null : by;
        return new Publication(rs.getLong("id"), rs.getString("period"), rs.getString("period_kind"),
                rs.getInt("version"), SqlTimes.fromDb(rs, "published_at"), byId, rs.getString("published_by_name"),
                rs.getString("reason"), rs.getString("formula_versions"), rs.getString("content_hash").trim());
    }
}
