package org.urbangrid.assessment.internal;

import java.math.BigDecimal;
import java.util.List;

import org.urbangrid.assessment.Indicator;

/**
 * One weighted part of a score: an indicator, its weight in points and how its value becomes a 0–100 score.
 *
 * @param bands for {@link Scoring#BANDS} and (class 1) {@link Scoring#BANDS_PER_UNIT_GRID}
 * @param class2Bands for {@link Scoring#BANDS_PER_UNIT_GRID}: the bands of class 2 regions
 */
public record Part(Indicator indicator, BigDecimal weight, Scoring scoring, List<Band> bands, List<Band> class2Bands) {

    public Part {
        bands = bands == null ? List.of() : List.copyOf(bands);
        class2Bands = class2Bands == null ? List.of() : List.copyOf(class2Bands);
    }

    /** How an indicator's value becomes a part score of 0–100. */
    public enum Scoring {
        /** rate × 100 */
        RATE,
        /** (1 − rate) × 100, for rates where less is better (漏报率, 返工率, 监督举报率) */
        INVERSE_RATE,
        /** the score of the band the count falls in (volume bands, 案件数分档) */
        BANDS,
        /** a region's count per unit grid, rounded up to a whole case, into its class's bands (立案数 per 单元网格) */
        BANDS_PER_UNIT_GRID
    }

    /**
     * A band: counts from {@code min} (inclusive) up to the next band's min score {@code score}; the last band is
     * open-ended. Bands are listed by ascending {@code min}, the first from 0.
     */
    public record Band(long min, BigDecimal score) {}

    /** The score of a count: the band with the greatest min not above it. */
    public static BigDecimal bandScore(List<Band> bands, long count) {
        BigDecimal score = BigDecimal.ZERO;
        for (var band : bands) {
            if (count >= band.min()) {
                score = band.score();
            }
        }
        return score;
    }
}
