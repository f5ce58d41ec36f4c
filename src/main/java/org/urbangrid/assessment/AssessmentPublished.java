package org.urbangrid.assessment;

import java.time.Instant;

/**
 * 考核结果发布: a period's rankings were frozen and published (version 1) or corrected (a later version with a
 * reason). The snapshot is read back by period and version; {@code contentHash} is the SHA-256 of its canonical
 * JSON.
 *
 * @param period the period's written form ({@link Period#toString()})
 * @param reason null for a first publication without one
 */
public record AssessmentPublished(String period, int version, String contentHash, String reason, Instant publishedAt,
        String publishedBy) {

    public boolean correction() {
        return version > 1;
    }
}
