package org.urbangrid.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 考核办法版本: one stored, never edited version of the formulas. A period is computed with the version in force on
 * its first day: the greatest {@code validFrom} not after that day, the later version when two share a date.
 */
public record Formula(long version, LocalDate validFrom, String reason, Instant createdAt, String createdBy,
        FormulaBody body) {}
