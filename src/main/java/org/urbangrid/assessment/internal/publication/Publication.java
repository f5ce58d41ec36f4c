package org.urbangrid.assessment.internal.publication;

import java.time.Instant;

/**
 * One published version of a period (发布版本): who published it, when, why (a correction's reason), the formula
 * versions used and the SHA-256 of the canonical snapshot. The snapshot itself is read separately.
 */
record Publication(long id, String period, String periodKind, int version, Instant publishedAt, Long publishedById,
        String publishedByName, String reason, String formulaVersions, String contentHash) {}
