package org.urbangrid.cases;

import java.time.Instant;
import java.util.Set;

/**
 * Published after every move that was saved: queues and screens listen to it. The last fields say who may see the
 * case (street, unit grid, reporter, assigned inspector, lead and assisting departments), so a live screen can
 * tell each person only of cases in their scope.
 */
public record CaseChanged(long caseId, String caseNumber, CaseMove move, CaseStatus from, CaseStatus to, Instant at,
        String streetCode, Long leadDepartmentId, String unitGridCode, Long reporterId, Long assignedInspectorId,
        Set<Long> assistingDepartmentIds) {

    public CaseChanged {
        assistingDepartmentIds = assistingDepartmentIds == null ? Set.of() : Set.copyOf(assistingDepartmentIds);
    }
}
