package org.urbangrid.assessment.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.SubjectFigures;

/**
 * 计分: one subject's score from its figures and external scores by one kind's formula. Pure arithmetic.
 *
 * <ul>
 * <li>A rate part scores rate × 100 ((1 − rate) × 100 when inverted); a band part scores its count's band; a
 *     region's 立案数 is divided by its unit grids and rounded up to a whole case before the bands.</li>
 * <li>Nothing due (a rate over 0, an external input without a score for the subject) means the part is left out
 *     and the remaining weights are scaled up to 100: nobody gains or loses points for work that never came.
 *     With every part left out the score is 0.</li>
 * <li>Each part's points = its weight / the weights present × its score. The score is their sum, exact to 20
 *     decimals, then rounded half up to 2 decimals (89.995 → 90.00); the grade is read from the rounded score.
 *     Parts are shown rounded to 2 decimals, so they may differ from the score by a cent.</li>
 * </ul>
 */
public final class Scorer {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {}

    /** A subject's score: points by part code, the rounded score, the grade. */
    public record Scored(Map<String, Double> parts, BigDecimal score, Grade grade) {}

    /**
     * @param external the subject's external scores (0–100) by input code; an absent input is left out
     * @param unitGrids the unit grids of a region (1 for a unit grid, ignored for other kinds)
     * @param class2 whether the region is scored by the class 2 bands
     */
    public static Scored score(FormulaBody body, KindFormula formula, SubjectFigures figures,
            Map<String, Double> external, long unitGrids, boolean class2) {
        var weights = new LinkedHashMap<String, BigDecimal>();
        var scores = new LinkedHashMap<String, BigDecimal>();
        for (var part : formula.parts()) {
            var score = partScore(part, figures.figures().get(part.indicator()), unitGrids, class2);
            if (positive(part.weight()) && score != null) {
                weights.put(part.indicator().name(), part.weight());
                scores.put(part.indicator().name(), score);
            }
        }
        formula.external().forEach((input, weight) -> {
            var value = external.get(input);
            if (positive(weight) && value != null && Double.isFinite(value)) {
                weights.put(input, weight);
                scores.put(input, clamp(BigDecimal.valueOf(value)));
            }
        });
        var present = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var parts = new LinkedHashMap<String, Double>();
        var total = BigDecimal.ZERO;
        for (var code : weights.keySet()) {
            var points = weights.get(code).multiply(scores.get(code), EXACT).divide(present, EXACT);
            parts.put(code, points.setScale(2, RoundingMode.HALF_UP).doubleValue());
            total = total.add(points, EXACT);
        }
        var score = round(total);
        return new Scored(parts, score, body.grade(score));
    }

    /** The part's score 0–100, or null when there is nothing to score (a rate with nothing due). */
    static BigDecimal partScore(Part part, Figure figure, long unitGrids, boolean class2) {
        return switch (part.scoring()) {
            case RATE -> rate(figure);
            case INVERSE_RATE -> {
                var rate = rate(figure);
                yield rate == null ? null : HUNDRED.subtract(rate);
            }
            case BANDS -> Part.bandScore(part.bands(), count(figure));
            case BANDS_PER_UNIT_GRID -> {
                long grids = Math.max(1, unitGrids);
                long perGrid = -Math.floorDiv(-count(figure), grids);
                yield Part.bandScore(class2 ? part.class2Bands() : part.bands(), perGrid);
            }
        };
    }

    /** rate × 100, exact; null when nothing was due. */
    private static BigDecimal rate(Figure figure) {
        if (figure == null || figure.denominator() == 0) {
            return null;
        }
        return clamp(BigDecimal.valueOf(figure.numerator()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(figure.denominator()), EXACT));
    }

    private static long count(Figure figure) {
        return figure == null ? 0 : figure.numerator();
    }

    static BigDecimal round(BigDecimal exact) {
        return exact.setScale(20, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(HUNDRED);
    }

    private static boolean positive(BigDecimal weight) {
        return weight != null && weight.signum() > 0;
    }
}
