package org.urbangrid.assessment;

import java.util.Map;

/**
 * One subject's indicators over a period, as computed from the case histories.
 *
 * @param caseCount the cases the subject's figures were computed from (the fair-ranking minimum applies to it)
 */
public record SubjectFigures(Subject subject, Map<Indicator, Figure> figures, long caseCount) {}
