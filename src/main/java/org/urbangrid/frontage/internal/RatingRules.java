package org.urbangrid.frontage.internal;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/**
 * The monthly rating's formula (月度评定) and the three-failures rule (连续三个月不合格), free of Spring.
 * <p>
 * Score = max(0, 100 − {@value #PER_CASE}·cases − {@value #PER_REPEAT}·repeats − {@value #PER_DISSUASION}·劝阻 −
 * {@value #PER_NOTICE}·书面告知 − {@value #PER_PENALTY}·处罚); a repeat is counted as a case and once more as a repeat.
 * Passed when the score reaches the pass mark.
 */
public final class RatingRules {

    public static final int PER_CASE = 5;
    public static final int PER_REPEAT = 10;
    public static final int PER_DISSUASION = 5;
    public static final int PER_NOTICE = 10;
    public static final int PER_PENALTY = 20;
    /** How many failed months in a row remove a unit from the 文明单位 / 评先创优 list (seed 003). */
    public static final int FAILURES_IN_A_ROW = 3;
    /** How far back the run may end and still remove the unit: the last 12 months up to the month asked about. */
    public static final int WINDOW_MONTHS = 12;

    private RatingRules() {}

    public static int score(int cases, int repeats, int dissuasions, int notices, int penalties) {
        int lost = PER_CASE * cases + PER_REPEAT * repeats + PER_DISSUASION * dissuasions + PER_NOTICE * notices
                + PER_PENALTY * penalties;
        return Math.max(0, 100 - lost);
    }

    /**
     * The last month of the latest run of {@value #FAILURES_IN_A_ROW} consecutive calendar months all rated and
     * failed, ending within the {@value #WINDOW_MONTHS} months up to {@code asOf}; empty when there is none. A month
     * not rated breaks a run (nothing is assumed of it); runs cross year boundaries (Nov, Dec, Jan is a run).
     *
     * @param passed whether each rated month was passed
     */
    public static Optional<YearMonth> removal(Map<YearMonth, Boolean> passed, YearMonth asOf) {
        for (var end = asOf; end.isAfter(asOf.minusMonths(WINDOW_MONTHS)); end = end.minusMonths(1)) {
            boolean run = true;
            for (int i = 0; i < FAILURES_IN_A_ROW && run; i++) {
                run = Boolean.FALSE.equals(passed.get(end.minusMonths(i)));
            }
            if (run) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }
}
