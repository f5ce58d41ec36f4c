package org.urbangrid.assessment.internal.inputs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/** 第三方评估: results recorded twice a year per department, street or community (score 0–100, two decimals). */
@Service
public class ThirdPartyReviews {

    /** The units a third-party review is recorded for. */
    public static final Set<SubjectKind> KINDS = EnumSet.of(SubjectKind.DEPARTMENT, SubjectKind.STREET,
            SubjectKind.COMMUNITY);

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Grids grids;
    private final AuditLog audit;
    private final Clock clock;

    ThirdPartyReviews(JdbcClient jdbc, Organization organization, Grids grids, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.grids = grids;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ThirdPartyReview record(StaffPrincipal who, ThirdPartyReview.Draft draft) {
        var kind = kind(draft.subjectKind());
        var subject = requireSubject(kind, draft.subjectId());
        if (who.streetCode() != null && (kind == SubjectKind.DEPARTMENT || !subject.startsWith(who.streetCode()))) {
            throw UrbanGridException.forbidden("inputs.error.outside-scope", subject);
        }
        int thisYear = LocalDate.now(clock).getYear();
        int year = Inputs.between(draft.year(), "year", 2000, thisYear);
        int half = Inputs.between(draft.half(), "half", 1, 2);
        if (year == thisYear && half == 2 && LocalDate.now(clock).getMonthValue() < 7) {
            throw UrbanGridException.invalid("inputs.error.half-not-started", year, half).with("field", "half");
        }
        var score = BigDecimal.valueOf(Inputs.between(draft.score(), "score", 0.0, 100.0)).setScale(2, RoundingMode.HALF_UP);
        var reviewer = Inputs.text(draft.reviewer(), "reviewer", 200);
        var note = Inputs.optionalText(draft.note(), "note", 1000);
        var before = find(kind, subject, year, half).orElse(null);
        var at = SqlTimes.toDb(clock.instant());
        if (before == null) {
            jdbc.sql("""
                    insert into third_party_review (subject_kind, subject_id, review_year, half, score, reviewer, note,
                        recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(kind.name(), subject, year, half, score, reviewer, note, who.id(), at).update();
        } else {
            jdbc.sql("update third_party_review set score = ?, reviewer = ?, note = ?, recorded_by = ?, recorded_at = ? where id = ?")
                    .params(score, reviewer, note, who.id(), at, before.id()).update();
        }
        var after = find(kind, subject, year, half).orElseThrow();
        return audit.recorded("third-party-reviews", before == null ? "record" : "replace",
                kind + " " + subject + " " + year + "H" + half, before, after);
    }

    public Optional<ThirdPartyReview> find(SubjectKind kind, String subjectId, int year, int half) {
        return jdbc.sql("select * from third_party_review where subject_kind = ? and subject_id = ? and review_year = ? and half = ?")
                .params(kind.name(), subjectId, year, half).query(ThirdPartyReviews::review).optional();
    }

    /** Every result of a year, by kind and subject. */
    public List<ThirdPartyReview> ofYear(int year) {
        return jdbc.sql("select * from third_party_review where review_year = ? order by half, subject_kind, subject_id")
                .param(year).query(ThirdPartyReviews::review).list();
    }

    /** Results of the kind for one half. */
    List<ThirdPartyReview> of(SubjectKind kind, int year, int half) {
        return jdbc.sql("select * from third_party_review where subject_kind = ? and review_year = ? and half = ?")
                .params(kind.name(), year, half).query(ThirdPartyReviews::review).list();
    }

    static SubjectKind kind(String text) {
        for (var kind : KINDS) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        throw UrbanGridException.invalid("inputs.error.subject-kind", String.valueOf(text)).with("field", "subjectKind");
    }

    private String requireSubject(SubjectKind kind, String id) {
        boolean known = switch (kind) {
            case DEPARTMENT -> id != null && id.matches("\\d{1,18}")
                    && organization.department(Long.parseLong(id)).filter(d -> d.active()).isPresent();
            case STREET -> id != null && grids.find(id).filter(g -> g.level() == GridLevel.STREET).isPresent();
            case COMMUNITY -> id != null && grids.find(id).filter(g -> g.level() == GridLevel.COMMUNITY).isPresent();
            default -> false;
        };
        if (!known) {
            throw UrbanGridException.invalid("inputs.error.subject-unknown", kind.name(), String.valueOf(id)).with("field", "subjectId");
        }
        return id;
    }

    private static ThirdPartyReview review(ResultSet rs, int row) throws SQLException {
        return new ThirdPartyReview(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_id"), rs.getInt("review_year"), rs.getInt("half"),
                rs.getBigDecimal("score").doubleValue(), rs.getString("reviewer"), rs.getString("note"),
                rs.getLong("recorded_by"), SqlTimes.fromDb(rs, "recorded_at"));
    }
}
