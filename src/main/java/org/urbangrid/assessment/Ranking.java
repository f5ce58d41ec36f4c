package org.urbangrid.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 排名: every subject of a kind over a period, scored and graded by the formula version in force for the period,
 * best first. A subject with fewer cases than the formula's minimum is listed but not ranked.
 */
public record Ranking(SubjectKind kind, Period period, long formulaVersion, LocalDate formulaValidFrom,
        List<Row> rows) {

    /**
     * One ranked (or listed) subject.
     *
     * @param parts each weighted part of the score by indicator code or external input code, in points
     * @param rank null when not ranked (too few cases)
     * @param previousRank the rank in the previous period of the same kind, null when unranked there
     * @param flags e.g. {@code FAILED_THREE_PERIODS} (连续三次不合格, 取消评先创优资格)
     */
    public record Row(Subject subject, Map<Indicator, Figure> figures, Map<String, Double> parts, double score,
            Grade grade, long caseCount, Integer rank, Integer previousRank, Double previousScore,
            List<String> flags) {

        public boolean ranked() {
            return rank != null;
        }
    }
}
