package org.urbangrid.chiefs.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.PatrolCoverage;

/**
 * The assessment's {@code PATROL} input (巡查覆盖率): a segment's or a chief's patrol coverage over the period, 0–100,
 * keyed as the assessment's subjects by place are ({@code segment:<id>}, {@code chief:<staffId>}). A segment with no
 * length and a chief with no segment in the period have no score (the formula then leaves the part out).
 */
@Component
class PatrolScores implements ExternalScores {

    private final Chiefs chiefs;
    private final PatrolCoverage coverage;

    PatrolScores(Chiefs chiefs, PatrolCoverage coverage) {
        this.chiefs = chiefs;
        this.coverage = coverage;
    }

    @Override
    public String input() {
        return "PATROL";
    }

    @Override
    public Map<String, Double> scores(SubjectKind kind, Period period) {
        var from = period.from().atStartOfDay(chiefs.zone()).toInstant();
        var to = period.to().plusDays(1).atStartOfDay(chiefs.zone()).toInstant();
        var scores = new HashMap<String, Double>();
        switch (kind) {
            case SEGMENT -> coverage.bySegment(from, to).forEach((id, c) -> {
                if (c.lengthMetres() > 0) {
                    scores.put("segment:" + id, score(c));
                }
            });
            case CHIEF -> {
                var staff = new TreeSet<Long>();
                for (var segment : chiefs.segments()) {
                    for (var a : chiefs.assignments(segment.id())) {
                        boolean during = !a.since().isAfter(period.to())
                                && (a.until() == null || !a.until().isBefore(period.from()));
                        if (during) {
                            staff.add(a.staffId());
                        }
                    }
                }
                for (long id : staff) {
                    var c = coverage.ofChief(id, from, to);
                    if (c.lengthMetres() > 0) {
                        scores.put("chief:" + id, score(c));
                    }
                }
            }
            default -> { }
        }
        return scores;
    }

    private static double score(PatrolCoverage.Coverage c) {
        return Math.round(c.share() * 1000) / 10.0;
    }
}
