package org.urbangrid.cases;

import java.time.Instant;

/** Published after every move that was saved: queues and screens listen to it. */
public record CaseChanged(long caseId, String caseNumber, CaseMove move, CaseStatus from, CaseStatus to, Instant at,
        String streetCode, Long leadDepartmentId) {}
