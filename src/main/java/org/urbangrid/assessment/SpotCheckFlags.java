package org.urbangrid.assessment;

import java.util.Set;

/**
 * 连续三次抽查不合格: a unit that failed its monthly spot check (抽查) in three consecutive periods loses its
 * honours (取消评先创优资格, seed 003). Rankings and notices show {@link #FLAG} beside it.
 */
public interface SpotCheckFlags {

    /** The flag a {@link Ranking.Row} carries for such a unit. */
    String FLAG = "SPOT_CHECK_FAILED_THREE_PERIODS";

    /**
     * Whether the subject failed its spot check in the period and in each of the two periods of the same kind before
     * it ({@link Period#previous()}); a period in which the subject had no completed spot check breaks the run.
     */
    boolean failedThreeInARow(SubjectKind kind, String subjectId, Period period);

    /** Every subject of the kind for which {@link #failedThreeInARow} holds in the period. */
    Set<String> failedThreeInARow(SubjectKind kind, Period period);
}
