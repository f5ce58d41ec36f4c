package org.urbangrid.assessment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Formula;
import org.urbangrid.assessment.internal.FormulaBody;

/** What the assessment API shows. */
final class AssessmentViews {

    private AssessmentViews() {}

    record RankingView(SubjectKind kind, String period, LocalDate from, LocalDate to, long formulaVersion,
            LocalDate formulaValidFrom, List<RowView> rows) {

        static RankingView of(Ranking ranking) {
            return new RankingView(ranking.kind(), ranking.period().toString(), ranking.period().from(),
                    ranking.period().to(), ranking.formulaVersion(), ranking.formulaValidFrom(),
                    ranking.rows().stream().map(row -> RowView.of(ranking, row)).toList());
        }
    }

    /**
     * @param change places gained since the previous period (positive: up ▲), null when unranked in either
     */
    record RowView(String subjectId, String name, Integer rank, Integer previousRank, Integer change, double score,
            Double previousScore, Grade grade, long caseCount, boolean ranked, List<String> flags,
            Map<String, Double> parts, List<FigureView> figures) {

        static RowView of(Ranking ranking, Ranking.Row row) {
            Integer change = row.rank() == null || row.previousRank() == null ? null : row.previousRank() - row.rank();
            return new RowView(row.subject().id(), row.subject().name(), row.rank(), row.previousRank(), change,
                    row.score(), row.previousScore(), row.grade(), row.caseCount(), row.ranked(), row.flags(),
                    row.parts(), row.figures().values().stream().map(figure -> FigureView.of(figure,
                    "/api/assessment/figures/" + ranking.kind() + "/" + row.subject().id() + "/" + figure.indicator()
                            + "/cases?period=" + ranking.period() + "&part=SHORTFALL")).toList());
        }
    }

    /**
     * A figure with what it was computed from; {@code value} is the rate (0–1) or the count, null with nothing due;
     * {@code cases} the address of the cases behind it (those that cost points; add {@code &part=} for others).
     */
    record FigureView(Indicator indicator, boolean rate, long numerator, long denominator, Double value, String cases) {

        static FigureView of(Figure figure, String cases) {
            return new FigureView(figure.indicator(), figure.indicator().rate(), figure.numerator(),
                    figure.denominator(), figure.value(), cases);
        }
    }

    record FormulaView(long version, LocalDate validFrom, String reason, Instant createdAt, String createdBy,
            FormulaBody formula) {

        static FormulaView of(Formula formula) {
            return new FormulaView(formula.version(), formula.validFrom(), formula.reason(), formula.createdAt(),
                    formula.createdBy(), formula.body());
        }
    }
}
