package org.urbangrid.frontage;

import java.time.Instant;

/**
 * A case reported inside a unit's frontage. {@code repeatOf}: 重复问题 — an earlier linked case of the same class at
 * the same unit reported within the 30 days before this one (the latest such), or null.
 *
 * @param primary whether the unit is the primary one at the case's position (smallest frontage, then lowest id)
 */
public record CaseLink(long unitId, long caseId, String caseNumber, String classCode, Instant reportedAt,
        boolean primary, Long repeatOf) {

    public boolean repeat() {
        return repeatOf != null;
    }
}
