package org.urbangrid.assessment;

import java.util.Map;

/**
 * A score from outside the case histories that enters the assessment with a weight the formula sets: spot checks
 * (抽查), mutual assessment (条块互评), third-party review (第三方评估), citizen satisfaction (群众满意度), and the
 * patrol coverage (巡查覆盖率, {@code PATROL}) of road and river segments and chiefs ({@link SubjectKind#SEGMENT},
 * {@link SubjectKind#CHIEF}, by their duty keys), which the chiefs' module gives. A subject without a score in the
 * period has the input left out of its score (the other weights scaled up), never scored 0.
 */
public interface ExternalScores {

    /** The input's code, as the formula's weights name it (SPOT_CHECK, MUTUAL, THIRD_PARTY, SATISFACTION, PATROL). */
    String input();

    /** Scores 0–100 by subject id for the subjects of the kind that have one in the period; others are absent. */
    Map<String, Double> scores(SubjectKind kind, Period period);
}
