package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.MoveRules.Input;
import org.urbangrid.cases.PendingRequest;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * Walks every (state × pending request × role × scope held or not × inspector-sourced or not) combination and
 * every move against the real aggregate: a move succeeds exactly when {@code yourMoves} lists it, a refused
 * move is 409 when {@code movesAllowedNow} does not list it (naming exactly those moves) and 403 otherwise,
 * whatever inputs it carries; a move made without its required inputs is 400 naming one of them; a move that
 * goes through lands where the table says and registers exactly its one event.
 */
class MoveTableWalkTest {

    static final String STREET = "210231001";
    static final long INSPECTOR_ID = 100;
    static final long LEAD = 50;

    final NaturalTimeDeadlines deadlines = new NaturalTimeDeadlines();
    final Instant now = Instant.parse("2026-11-25T03:00:00Z");

    /** Which scope guards the actor holds: all, none, or all but one. */
    enum Scope { ALL, NONE, OTHER_STREET, NOT_ASSIGNED, OTHER_DEPARTMENT }

    /**
     * @param firstStep the case's own conditions hold: a first-step (made safe) clock not yet met (a two-step
     *        condition), the window to say a closed case is not fixed still open, the citizen's text not yet seen
     */
    record Combination(CaseStatus status, RequestKind pending, Role role, Scope scope, CaseSource source,
            boolean firstStep) {

        Combination(CaseStatus status, RequestKind pending, Role role, Scope scope, CaseSource source) {
            this(status, pending, role, scope, source, false);
        }
    }

    @Test
    void every_move_in_every_combination_does_what_the_derived_lists_say() {
        var pendings = new ArrayList<RequestKind>(Arrays.asList(RequestKind.values()));
        pendings.add(0, null);
        int made = 0;
        int refused = 0;
        for (var status : CaseStatus.values()) {
            for (var pending : pendings) {
                for (var role : Role.values()) {
                    for (var scope : Scope.values()) {
                        for (var source : List.of(CaseSource.INSPECTOR, CaseSource.CHIEF, CaseSource.HOTLINE_12345)) {
                            for (var firstStep : List.of(false, true)) {
                                var c = new Combination(status, pending, role, scope, source, firstStep);
                                for (var rule : MoveRules.caseMoves()) {
                                    if (walk(c, rule.move())) {
                                        made++;
                                    } else {
                                        refused++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Every move is made somewhere and refused somewhere: the walk reaches the whole table.
        assertThat(made).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void a_chiefs_direct_report_is_accepted_like_an_inspectors() {
        assertThat(MoveTable.allowedNow(data(new Combination(CaseStatus.REPORTED, null, Role.OPERATOR, Scope.ALL,
                CaseSource.CHIEF)), now)).contains(CaseMove.SEND_TO_VERIFY, CaseMove.ACCEPT);
    }

    @Test
    void a_hotline_report_offers_no_accept_but_an_inspectors_does() {
        assertThat(MoveTable.allowedNow(data(new Combination(CaseStatus.REPORTED, null, Role.OPERATOR, Scope.ALL,
                CaseSource.HOTLINE_12345)), now)).contains(CaseMove.SEND_TO_VERIFY).doesNotContain(CaseMove.ACCEPT);
        assertThat(MoveTable.allowedNow(data(new Combination(CaseStatus.REPORTED, null, Role.OPERATOR, Scope.ALL,
                CaseSource.INSPECTOR)), now)).contains(CaseMove.SEND_TO_VERIFY, CaseMove.ACCEPT);
    }

    @Test
    void every_move_is_made_in_some_combination() {
        var seen = new java.util.HashSet<CaseMove>();
        for (var status : CaseStatus.values()) {
            for (var pending : new RequestKind[] {null, RequestKind.EXTENSION, RequestKind.CANCEL}) {
                for (var role : Role.values()) {
                    for (var firstStep : List.of(false, true)) {
                        for (var source : List.of(CaseSource.INSPECTOR, CaseSource.CHIEF, CaseSource.HOTLINE_12345)) {
                            var d = data(new Combination(status, pending, role, Scope.ALL, source, firstStep));
                            seen.addAll(MoveTable.yourMoves(d, actor(role, Scope.ALL), now));
                        }
                    }
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(MoveRules.caseMoves().stream().map(r -> r.move()).toList());
    }

    /** Makes one move in one combination, checks it against the lists; true when it went through. */
    private boolean walk(Combination c, CaseMove move) {
        var actor = actor(c.role(), c.scope());
        var before = data(c);
        var allowedNow = MoveTable.allowedNow(before, now);
        var yours = MoveTable.yourMoves(before, actor, now);
        var label = c + " " + move;
        assertThat(allowedNow).as(label).containsAll(yours);
        if (!c.status().isOpen()) {
            // An ended case only comes back to life (reopened, separated) or is moderated where it stands.
            assertThat(allowedNow).as(label).allSatisfy(m -> {
                var to = MoveRules.rule(m).target(c.status(), c.pending());
                assertThat(to == c.status() || to.isOpen()).as(label + " " + m).isTrue();
            });
        }
        assertThat(QueueRules.inQueue(before, actor, now)).as(label).isEqualTo(QueueRules.queuedMoves(c.role()).stream()
                .anyMatch(r -> yours.contains(r.move()) && (r.queue() != MoveRules.Queue.OVERDUE || before.overdue)));

        var full = new Case(data(c), 1);
        var refusal = attempt(full, move, actor, true);
        if (yours.contains(move)) {
            assertThat(refusal).as(label + " should go through").isNull();
            var rule = MoveRules.rule(move);
            var entry = full.newEntries().get(0);
            assertThat(full.data.status).as(label).isEqualTo(rule.target(c.status(), c.pending()));
            assertThat(entry.fromStatus()).as(label).isEqualTo(c.status());
            assertThat(entry.toStatus()).as(label).isEqualTo(full.data.status);
            assertThat(full.newEntries()).as(label).hasSize(1);
            assertThat(full.events()).as(label).singleElement().satisfies(e -> {
                assertThat(e.facts().move()).isEqualTo(move);
                assertThat(e.facts().caseId()).isEqualTo(before.id);
                assertThat(e.facts().actorId()).isEqualTo(actor.id());
                assertThat(e.facts().from()).isEqualTo(c.status());
                assertThat(e.facts().to()).isEqualTo(full.data.status);
                assertThat(e).isInstanceOf(expectedEvent(move));
            });
            var empty = new Case(data(c), 1);
            var missing = attempt(empty, move, actor, false);
            if (rule.required().isEmpty()) {
                assertThat(missing).as(label + " needs no input").isNull();
            } else {
                assertThat(missing).as(label + " without its inputs").isNotNull();
                assertThat(missing.status()).as(label).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(rule.required().stream().map(Input::field)).as(label).contains((String) missing.properties().get("field"));
                assertThat(empty.newEntries()).as(label).isEmpty();
            }
            return true;
        }
        assertThat(refusal).as(label + " should be refused").isNotNull();
        var expected = allowedNow.contains(move) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        assertThat(refusal.status()).as(label + " " + refusal.messageKey()).isEqualTo(expected);
        if (expected == HttpStatus.CONFLICT) {
            assertThat(refusal.properties().get("allowedMoves")).as(label).isEqualTo(allowedNow);
        } else if (!MoveRules.rule(move).roles().contains(c.role())) {
            assertThat(refusal.messageKey()).as(label).isEqualTo("error.case.role-cannot-move");
        } else {
            var failed = MoveRules.rule(move).guards().stream().filter(g -> !MoveTable.holds(g, before, actor, now)).findFirst();
            assertThat(failed).as(label + " a guard fails").isPresent();
            assertThat(refusal.messageKey()).as(label).isEqualTo(MoveTable.refusal(failed.get()));
            assertThat(refusal.properties().get("guard")).as(label).isEqualTo(failed.get());
        }
        assertThat(full.newEntries()).as(label).isEmpty();
        assertThat(full.events()).as(label).isEmpty();
        // Inputs are judged only after state, role and scope: without them the refusal is the same.
        var bare = attempt(new Case(data(c), 1), move, actor, false);
        assertThat(bare).as(label + " without inputs").isNotNull();
        assertThat(bare.status()).as(label + " without inputs").isEqualTo(expected);
        return false;
    }

    /** Null when the move went through; the refusal otherwise. Anything but a refusal is a bug (a 500). */
    private UrbanGridException attempt(Case k, CaseMove move, StaffPrincipal a, boolean withInputs) {
        var reason = withInputs ? "现场情况说明" : null;
        var photos = withInputs ? List.of("p1") : List.<String>of();
        try {
            switch (move) {
                case ACCEPT -> k.accept(a, reason, now, deadlines);
                case SEND_TO_VERIFY -> k.sendToVerify(a, INSPECTOR_ID, reason, now, deadlines);
                case VERIFY_TRUE -> k.verify(a, true, reason, photos, now, deadlines);
                case VERIFY_FALSE -> k.verify(a, false, reason, photos, now, deadlines);
                case FILE -> k.file(a, "E0102-01", "E0102", TimeLimit.workHours(4), LEAD, "规则 #1", reason, now, deadlines);
                case REFUSE -> k.refuse(a, reason, now);
                case DISPATCH -> k.dispatch(a, LEAD, Set.of(51L), reason, now, deadlines);
                case REPORT_MADE_SAFE -> k.reportMadeSafe(a, reason, photos, now);
                case REPORT_HANDLED -> k.reportHandled(a, reason, photos, now, deadlines);
                case REQUEST_EXTENSION -> k.request(a, RequestKind.EXTENSION, reason,
                        withInputs ? TimeLimit.workHours(2) : null, now);
                case REQUEST_RETURN -> k.request(a, RequestKind.RETURN, reason, null, now);
                case REQUEST_SUSPENSION -> k.request(a, RequestKind.SUSPENSION, reason, null, now);
                case REQUEST_CANCEL -> k.request(a, RequestKind.CANCEL, reason, null, now);
                case APPROVE_REQUEST -> k.approveRequest(a, reason, now, deadlines);
                case REFUSE_REQUEST -> k.refuseRequest(a, reason, now);
                case RESUME -> k.resume(a, reason, now, deadlines);
                case SEND_TO_CHECK -> k.sendToCheck(a, INSPECTOR_ID, reason, now, deadlines);
                case CHECK_PASS -> k.check(a, true, reason, photos, now, deadlines);
                case CHECK_FAIL -> k.check(a, false, reason, photos, now, deadlines);
                case CLOSE -> k.close(a, null, reason, now, Duration.ofDays(7));
                case APPROVE_CANCEL -> k.approveCancel(a, reason, now);
                case REFUSE_CANCEL -> k.refuseCancel(a, reason, now);
                case URGE -> k.urge(a, reason, withInputs ? now.plus(Duration.ofDays(2)) : null, now);
                case TRANSFER_BACK -> k.transferBack(a, reason, now);
                case MERGE -> k.merge(a, withInputs ? 41L : null, "20261125-00041", reason, now);
                case SEPARATE -> k.separate(a, reason, now, deadlines);
                case REOPEN -> k.reopen(a, reason, photos, now, deadlines);
                case APPROVE_PUBLIC -> k.approvePublic(a, reason, now);
                case HIDE_PUBLIC -> k.hidePublic(a, reason, photos, withInputs ? "不文明用语" : null, now);
                case REPORT, HANDLE_ON_SPOT -> fail("not a move of an existing case");
            }
            return null;
        } catch (UrbanGridException refused) {
            return refused;
        }
    }

    private static Class<? extends CaseEvent> expectedEvent(CaseMove move) {
        return switch (move) {
            case REPORT -> CaseEvent.CaseReported.class;
            case HANDLE_ON_SPOT -> CaseEvent.CaseHandledOnSpot.class;
            case ACCEPT -> CaseEvent.CaseAccepted.class;
            case SEND_TO_VERIFY -> CaseEvent.CaseSentToVerify.class;
            case VERIFY_TRUE, VERIFY_FALSE -> CaseEvent.CaseVerified.class;
            case FILE -> CaseEvent.CaseFiled.class;
            case REFUSE -> CaseEvent.CaseRefused.class;
            case DISPATCH -> CaseEvent.CaseDispatched.class;
            case REPORT_MADE_SAFE -> CaseEvent.CaseMadeSafe.class;
            case REPORT_HANDLED -> CaseEvent.CaseHandled.class;
            case REQUEST_EXTENSION, REQUEST_RETURN, REQUEST_SUSPENSION, REQUEST_CANCEL -> CaseEvent.CaseRequested.class;
            case APPROVE_REQUEST, REFUSE_REQUEST, REFUSE_CANCEL -> CaseEvent.CaseRequestDecided.class;
            case RESUME -> CaseEvent.CaseResumed.class;
            case SEND_TO_CHECK -> CaseEvent.CaseSentToCheck.class;
            case CHECK_PASS -> CaseEvent.CaseChecked.class;
            case CHECK_FAIL -> CaseEvent.CaseReworked.class;
            case CLOSE -> CaseEvent.CaseClosed.class;
            case APPROVE_CANCEL -> CaseEvent.CaseCancelled.class;
            case URGE -> CaseEvent.CaseUrged.class;
            case TRANSFER_BACK -> CaseEvent.CaseTransferredBack.class;
            case MERGE -> CaseEvent.CaseMerged.class;
            case SEPARATE -> CaseEvent.CaseSeparated.class;
            case REOPEN -> CaseEvent.CaseReopened.class;
            case APPROVE_PUBLIC -> CaseEvent.CasePublicApproved.class;
            case HIDE_PUBLIC -> CaseEvent.CasePublicHidden.class;
        };
    }

    /**
     * Someone of this role who holds the scope guards the scope names: staff of the case's street (or of another),
     * the assigned inspector (or another), a member of the lead department (or of another).
     */
    static StaffPrincipal actor(Role role, Scope scope) {
        boolean street = scope != Scope.NONE && scope != Scope.OTHER_STREET;
        boolean assigned = scope != Scope.NONE && scope != Scope.NOT_ASSIGNED;
        boolean lead = scope != Scope.NONE && scope != Scope.OTHER_DEPARTMENT;
        long id = assigned && role == Role.INSPECTOR ? INSPECTOR_ID : 200 + role.ordinal();
        Long department = role == Role.HANDLER ? (lead ? LEAD : 51L) : null;
        return new StaffPrincipal(id, "u", "某人", role, department, street ? STREET : "210231002");
    }

    /** A stored case in the combination's state, with what that state has: a clock, a department, a request. */
    CaseData data(Combination c) {
        var d = new CaseData();
        d.id = 42L;
        d.number = "20261125-00042";
        d.version = 3;
        d.source = c.source();
        d.status = c.status();
        d.description = "暴露垃圾";
        d.unitGridCode = "210231001001001";
        d.communityCode = "210231001001";
        d.streetCode = STREET;
        d.reporterId = 7;
        d.conditionCode = "E0102-01";
        d.classCode = "E0102";
        d.handlingLimit = TimeLimit.workHours(4);
        d.assignedInspectorId = INSPECTOR_ID;
        d.leadDepartmentId = LEAD;
        d.suggestedDepartmentId = LEAD;
        d.reportedAt = now.minus(Duration.ofHours(2));
        d.updatedAt = d.reportedAt;
        if (c.status().isOpen()) {
            d.stage = Stage.HANDLE;
            d.deadline = deadlines.start(now.minus(Duration.ofMinutes(40)), TimeLimit.workMinutes(30));
            d.overdue = true;
        }
        if (c.firstStep() && c.status().isOpen()) {
            d.safeLimit = TimeLimit.naturalHours(3);
            d.safeDeadline = deadlines.start(now.minus(Duration.ofHours(1)), d.safeLimit);
        }
        // The case's own conditions that the same flag turns on: the reopen window, citizen text not yet seen.
        if (c.status() == CaseStatus.CLOSED) {
            d.closedAt = now.minus(Duration.ofDays(1));
            d.reopenUntil = c.firstStep() ? now.plus(Duration.ofDays(6)) : now.minusSeconds(1);
        }
        d.publicSeenAt = c.firstStep() ? null : d.reportedAt;
        if (c.status() == CaseStatus.MERGED) {
            d.mergedIntoId = 41L;
        }
        if (c.status() == CaseStatus.SUSPENDED) {
            d.suspendedAt = now.minus(Duration.ofMinutes(20));
        }
        if (c.pending() != null) {
            d.pending = new PendingRequest(c.pending(), "原因",
                    c.pending() == RequestKind.EXTENSION ? TimeLimit.workHours(2) : null, 5, now.minus(Duration.ofMinutes(5)));
        }
        return d;
    }
}
