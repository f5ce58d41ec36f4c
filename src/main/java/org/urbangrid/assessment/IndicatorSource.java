package org.urbangrid.assessment;

import java.util.List;

/** Where indicators come from: the case histories, through the assessment ledger (考核台账). */
public interface IndicatorSource {

    /** Which cases of a figure: the numerator's, the denominator's, or those in the denominator only (the shortfall). */
    enum Part { NUMERATOR, DENOMINATOR, SHORTFALL }

    /** One case behind a figure. */
    record CaseBehind(long caseId, String caseNumber, String status, String note) {}

    /** A page of cases behind a figure; {@code next} is the cursor of the following page, null at the end. */
    record CasesBehind(List<CaseBehind> cases, String next) {}

    /** Every subject of the kind with anything to count in the period, with all its indicators. */
    List<SubjectFigures> figures(SubjectKind kind, Period period);

    /** The cases behind one figure, keyset-paged in case id order. */
    CasesBehind behind(SubjectKind kind, String subjectId, Period period, Indicator indicator, Part part,
            String after, int size);
}
