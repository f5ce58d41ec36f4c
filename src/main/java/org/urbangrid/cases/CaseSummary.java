package org.urbangrid.cases;

import java.time.Instant;

/** A case as a queue or search row shows it; {@code suggestedDepartmentId} is the routing suggestion. */
public record CaseSummary(long id, String number, CaseStatus status, CaseSource source, String conditionCode,
        String classCode, String description, String address, String streetCode, String unitGridCode,
        Long leadDepartmentId, Long suggestedDepartmentId, RequestKind pendingRequest, boolean routingFlagged, int urgeCount, ClockView clock,
        Instant reportedAt) {}
