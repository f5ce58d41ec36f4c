package org.urbangrid.assessment.internal.inputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/**
 * 群众满意度 (citizen satisfaction), input {@code SATISFACTION}: a citizen rates a closed case 1–5 stars, once. The
 * rating scores the case's lead department and its unit grid, community, street and district; a unit's score is
 * the mean rating of the period (by the city's date of rating) mapped linearly to 0–100: 1 star → 0, 3 → 50, 5 → 100.
 *
 * <p>The citizen pages rate through {@link org.urbangrid.assessment.SatisfactionRatings}, which this implements.
 */
@Service
public class Satisfaction implements ExternalScores, org.urbangrid.assessment.SatisfactionRatings {

    public record Rating(long caseId, int stars, java.time.Instant ratedAt, Long departmentId, String unitGridCode) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Satisfaction(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a rating of a closed case: 404 for an unknown case, 409 if open or already rated, 400 outside 1–5. */
    @Transactional
    public Rating record(long caseId, int stars) {
        Inputs.between(stars, "stars", 1, 5);
        // The case's own columns, read directly: the cases module has no system-side (viewer-free) reader yet.
        var kase = jdbc.sql("select status, lead_department_id, unit_grid_code, community_code, street_code from cases where id = ?")
                .param(caseId).query((rs, n) -> {
                    long dept = rs.getLong("lead_department_id");
                    return new Object[] {rs.getString("status"), rs.wasNull() ? null : dept, rs.getString("unit_grid_code"),
                            rs.getString("community_code"), rs.getString("street_code")};
                }).optional().orElseThrow(() -> UrbanGridException.notFound("error.case.not-found", String.valueOf(caseId)));
        if (!"CLOSED".equals(kase[0])) {
            throw UrbanGridException.conflict("inputs.error.rating-case-open", String.valueOf(caseId));
        }
        if (jdbc.sql("select count(*) from satisfaction_rating where case_id = ?").param(caseId).query(Long.class).single() > 0) {
            throw UrbanGridException.conflict("inputs.error.rating-twice", String.valueOf(caseId));
        }
        var now = clock.instant();
        jdbc.sql("""
                insert into satisfaction_rating (case_id, stars, rated_at, rated_on, department_id, unit_grid_code,
                    community_code, street_code) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, stars, SqlTimes.toDb(now), LocalDate.ofInstant(now, clock.getZone()), kase[1], kase[2],
                        kase[3], kase[4])
                .update();
        return new Rating(caseId, stars, now, (Long) kase[1], (String) kase[2]);
    }

    @Override
    @Transactional
    public void rate(long caseId, int stars) {
        record(caseId, stars);
    }

    @Override
    public boolean rated(long caseId) {
        return jdbc.sql("select count(*) from satisfaction_rating where case_id = ?").param(caseId).query(Long.class)
                .single() > 0;
    }

    @Override
    public String input() {
        return "SATISFACTION";
    }

    @Override
    public Map<String, Double> scores(SubjectKind kind, Period period) {
        var column = switch (kind) {
            case DEPARTMENT -> "department_id";
            case UNIT_GRID -> "unit_grid_code";
            case COMMUNITY -> "community_code";
            case STREET -> "street_code";
            case DISTRICT -> "substring(unit_grid_code, 1, 6)";
            default -> null;
        };
        if (column == null) {
            return Map.of();
        }
        var scores = new HashMap<String, Double>();
        jdbc.sql("select " + column + " as subject, avg(cast(stars as double precision)) as mean from satisfaction_rating"
                + " where rated_on between ? and ? and " + column + " is not null group by " + column)
                .params(period.from(), period.to())
                .query((rs, n) -> scores.put(rs.getString("subject"), mapped(rs.getDouble("mean")))).list();
        return scores;
    }

    /** Mean stars 1–5 to 0–100. */
    public static double mapped(double meanStars) {
        return (meanStars - 1) * 25.0;
    }
}
