package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Narrow reads for a module that checks the reader's scope itself, where the reader's role alone would not let
 * them read the case: a road or river chief reads the cases of their own segments (the {@code chiefs} module checks
 * the segment links first). Nothing else may call this: every other read goes through {@link CaseQueries}, which checks role and scope.
 */
public interface ScopedCaseReads {

    /**
     * The summaries of cases whose ids the caller has already found in the reader's scope, in the order given
     * (unknown ids are left out).
     */
    List<CaseSummary> summariesInCheckedScope(List<Long> caseIds);
}
