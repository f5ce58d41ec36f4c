package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.ClockView;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.deadline.Deadline;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.organization.StaffPrincipal;

/** Turns stored cases into what people see, with the clock read now. */
@Component
class CaseViews {

    private final Deadlines deadlines;
    private final Clock clock;

    CaseViews(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    CaseView view(CaseData d, List<HistoryEntry> history, StaffPrincipal viewer) {
        var now = clock.instant();
        var allowed = MoveTable.allowedNow(d, now);
        var yours = MoveTable.yourMoves(d, viewer, now);
        return new CaseView(d.id, d.number, d.version, d.status, d.source, d.conditionCode, d.classCode,
                d.handlingLimit, d.description, d.latitude, d.longitude, d.address, d.unitGridCode, d.communityCode,
                d.streetCode, d.componentCode, d.reporterId, d.assignedInspectorId, d.suggestedDepartmentId,
                d.routingNote, routingFlagged(d), d.leadDepartmentId, Set.copyOf(d.assistingDepartmentIds), clock(d),
                d.overdue, d.pending, d.reworkCount, d.returnCount, d.extensionCount, d.urgeCount, d.closeKind,
                d.reportedAt, d.filedAt, d.dispatchedAt, d.handledAt, d.closedAt, allowed, yours, history,
                d.complexity, d.safeLimit, firstStep(d), d.madeSafeAt, MoveRules.primary(yours).orElse(null),
                d.ticketNumber, caller(viewer) ? d.callerName : null, caller(viewer) ? d.callerPhone : null);
    }

    CaseSummary summary(CaseData d) {
        var description = d.description.length() > 80 ? d.description.substring(0, 80) + "…" : d.description;
        return new CaseSummary(d.id, d.number, d.status, d.source, d.conditionCode, d.classCode, description,
                d.address, d.streetCode, d.unitGridCode, d.leadDepartmentId, d.suggestedDepartmentId, d.pending == null ? null : d.pending.kind(),
                routingFlagged(d), d.urgeCount, clock(d), d.reportedAt);
    }

    /** The caller's contact is for the roles that call back, nobody else ({@link CaseView#CALLER_ROLES}). */
    private static boolean caller(StaffPrincipal viewer) {
        return viewer != null && CaseView.CALLER_ROLES.contains(viewer.role());
    }

    /** Filed with no department proposed: the dispatcher must choose. */
    private static boolean routingFlagged(CaseData d) {
        return d.status == CaseStatus.PENDING_DISPATCH && d.suggestedDepartmentId == null;
    }

    ClockView clock(CaseData d) {
        return d.deadline == null ? null : clock(d, d.deadline);
    }

    /** The first-step (made safe) clock of the handling stage while it is open. */
    ClockView firstStep(CaseData d) {
        return d.firstStepOpen() && d.status != null && d.status.isOpen() ? clock(d, d.safeDeadline) : null;
    }

    private ClockView clock(CaseData d, Deadline deadline) {
        Instant at = d.suspendedAt != null ? d.suspendedAt : clock.instant();
        var status = deadlines.status(deadline, at);
        return new ClockView(d.stage, deadline.limit(), deadline.start(), deadline.due(), status.light(),
                Math.round(status.shareUsed() * 1000) / 1000.0, Math.floorDiv(status.timeLeft().toSeconds(), 60),
                status.timeLeft().toSeconds(), d.suspendedAt != null);
    }
}
