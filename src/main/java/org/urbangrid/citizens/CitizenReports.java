package org.urbangrid.citizens;

import java.util.Optional;

/**
 * 市民报告: whether a case came from a citizen through the citizen pages, and how the public may name its reporter.
 * For public pages that show a "reported by" marker (the public board): never a name or phone, only
 * {@link Reporter#CITIZEN} (市民) or {@link Reporter#ANONYMOUS} (匿名).
 */
public interface CitizenReports {

    /** How a case's reporter is shown publicly. */
    enum Reporter {
        /** 市民报告 */
        CITIZEN,
        /** 匿名 */
        ANONYMOUS
    }

    /** The marker of a case reported through the citizen pages; empty for any other case. */
    Optional<Reporter> reporter(long caseId);
}
