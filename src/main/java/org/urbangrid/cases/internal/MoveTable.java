package org.urbangrid.cases.internal;

import java.time.Instant;
import java.util.List;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.MoveRules.Guard;
import org.urbangrid.cases.MoveRules.Rule;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

/**
 * {@link MoveRules} read against one case and one person: the moves allowed now, the viewer's moves and the
 * guards behind them. The aggregate refuses by the same functions the views list by, so the two cannot drift.
 */
public final class MoveTable {

    private MoveTable() {}

    /** The moves legal now from this state and pending request, whoever makes them (no case condition). */
    public static List<CaseMove> legalFrom(CaseStatus status, RequestKind pending) {
        return MoveRules.legalFrom(status, pending);
    }

    /** The moves legal now from this state and pending request that this role may make (no guards). */
    public static List<CaseMove> legalFor(CaseStatus status, RequestKind pending, Role role) {
        return MoveRules.rules().stream().filter(r -> r.allowsFrom(status, pending) && r.roles().contains(role))
                .map(Rule::move).toList();
    }

    /**
     * The moves this case allows now, whoever makes them: state, pending request and the case's own conditions
     * ({@code now} decides the ones that run out, as the window to say a closed case is not fixed).
     */
    static List<CaseMove> allowedNow(CaseData d, Instant now) {
        return MoveRules.rules().stream().filter(r -> allowedNow(r, d, now)).map(Rule::move).toList();
    }

    /** The moves this person may make on this case now: allowed now, their role, every guard holding. */
    static List<CaseMove> yourMoves(CaseData d, StaffPrincipal actor, Instant now) {
        return MoveRules.rules().stream().filter(r -> allowedNow(r, d, now) && r.roles().contains(actor.role())
                && r.guards().stream().allMatch(g -> holds(g, d, actor, now))).map(Rule::move).toList();
    }

    static boolean allowedNow(Rule rule, CaseData d, Instant now) {
        var pending = d.pending == null ? null : d.pending.kind();
        boolean state = d.status == null ? rule.from().isEmpty() : rule.allowsFrom(d.status, pending);
        return state && rule.guards().stream().filter(Guard::onCase).allMatch(g -> holds(g, d, null, now));
    }

    /** Whether a guard holds for this case and actor now (the actor is not read by guards on the case). */
    static boolean holds(Guard guard, CaseData d, StaffPrincipal actor, Instant now) {
        return switch (guard) {
            case OWN_STREET -> d.streetCode == null || actor.coversStreet(d.streetCode);
            case ASSIGNED_INSPECTOR -> d.assignedInspectorId != null && d.assignedInspectorId == actor.id();
            case LEAD_DEPARTMENT -> actor.departmentId() != null && actor.departmentId().equals(d.leadDepartmentId);
            case INSPECTOR_SOURCED -> d.source != null && d.source.seenOnSite();
            case FIRST_STEP_OPEN -> d.firstStepOpen();
            case HOTLINE_SOURCED -> org.urbangrid.cases.HotlineLimits.hotline(d.source);
            case REOPEN_WINDOW -> d.reopenUntil != null && now.isBefore(d.reopenUntil);
            case PUBLIC_UNSEEN -> d.publicSeenAt == null;
        };
    }

    /** The message key of a guard's refusal. */
    static String refusal(Guard guard) {
        return switch (guard) {
            case OWN_STREET -> "error.case.outside-street";
            case ASSIGNED_INSPECTOR -> "error.case.not-assigned";
            case LEAD_DEPARTMENT -> "error.case.not-your-department";
            case INSPECTOR_SOURCED -> "error.case.accept-needs-inspector-report";
            case FIRST_STEP_OPEN -> "error.case.no-first-step-open";
            case HOTLINE_SOURCED -> "error.case.transfer-needs-hotline-case";
            case REOPEN_WINDOW -> "error.case.reopen-window-over";
            case PUBLIC_UNSEEN -> "error.case.public-already-seen";
        };
    }
}
