package org.urbangrid.cases.internal;

import static org.urbangrid.cases.CaseMove.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.PendingRequest;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 案卷: the case aggregate. Every change goes through an intent-named move that {@link MoveTable} allows,
 * checks the actor's scope, moves the stage clock and appends one {@link HistoryEntry}.
 */
public class Case {

    final CaseData data;
    private final List<HistoryEntry> newEntries = new ArrayList<>();
    private int nextSeq;

    Case(CaseData data, int historySize) {
        this.data = data;
        this.nextSeq = historySize + 1;
    }

    /** 上报: a new report, placed and described; the operator's acceptance clock starts. */
    static Case report(CaseData data, StaffPrincipal actor, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var kase = new Case(data, 0);
        kase.check(REPORT, actor);
        data.status = CaseStatus.REPORTED;
        data.reportedAt = now;
        kase.startStage(Stage.ACCEPT, deadlines.stageLimit(Stage.ACCEPT), now, deadlines);
        kase.record(REPORT, actor, now, null, comment, photos, Map.of("source", data.source.name()), null);
        return kase;
    }

    /** 自行处置: reported and fixed on the spot by the inspector; closed at once. */
    static Case handledOnSpot(CaseData data, StaffPrincipal actor, String comment, List<String> photos, Instant now) {
        var kase = new Case(data, 0);
        kase.check(HANDLE_ON_SPOT, actor);
        data.status = CaseStatus.CLOSED;
        data.reportedAt = now;
        data.closedAt = now;
        data.closeKind = CloseKind.ON_THE_SPOT;
        kase.record(HANDLE_ON_SPOT, actor, now, null, comment, photos, Map.of("source", data.source.name()), null);
        return kase;
    }

    void accept(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(ACCEPT, actor);
        if (data.source != CaseSource.INSPECTOR) {
            throw UrbanGridException.conflict("error.case.accept-needs-inspector-report");
        }
        var onTime = endStage(now);
        startStage(Stage.FILE, deadlines.stageLimit(Stage.FILE), now, deadlines);
        transition(ACCEPT, actor, now, CaseStatus.PENDING_FILING, comment, List.of(), Map.of(), onTime);
    }

    void sendToVerify(StaffPrincipal actor, long inspectorId, String comment, Instant now, Deadlines deadlines) {
        sendToInspector(SEND_TO_VERIFY, Stage.VERIFY, actor, inspectorId, comment, now, deadlines);
    }

    void sendToCheck(StaffPrincipal actor, long inspectorId, String comment, Instant now, Deadlines deadlines) {
        sendToInspector(SEND_TO_CHECK, Stage.CHECK, actor, inspectorId, comment, now, deadlines);
    }

    private void sendToInspector(CaseMove move, Stage stage, StaffPrincipal actor, long inspectorId, String comment,
            Instant now, Deadlines deadlines) {
        check(move, actor);
        var onTime = endStage(now);
        data.assignedInspectorId = inspectorId;
        startStage(stage, deadlines.stageLimit(stage), now, deadlines);
        transition(move, actor, now, MoveTable.row(move).to(), comment, List.of(),
                Map.of("inspectorId", Long.toString(inspectorId)), onTime);
    }

    /** 核实: the assigned inspector says whether the problem is real. */
    void verify(StaffPrincipal actor, boolean real, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var move = real ? VERIFY_TRUE : VERIFY_FALSE;
        check(move, actor);
        requireAssigned(actor);
        var onTime = endStage(now);
        if (real) {
            startStage(Stage.FILE, deadlines.stageLimit(Stage.FILE), now, deadlines);
        } else {
            clearClock();
        }
        transition(move, actor, now, MoveTable.row(move).to(), comment, photos, Map.of(), onTime);
    }

    /** 立案: the case gets its filing condition, its routing suggestion and the dispatch clock. */
    void file(StaffPrincipal actor, String conditionCode, String classCode, TimeLimit handlingLimit,
            Long suggestedDepartment, String routingReason, String comment, Instant now, Deadlines deadlines) {
        check(FILE, actor);
        var onTime = endStage(now);
        data.conditionCode = conditionCode;
        data.classCode = classCode;
        data.handlingLimit = handlingLimit;
        data.suggestedDepartmentId = suggestedDepartment;
        data.routingNote = routingReason;
        data.filedAt = now;
        startStage(Stage.DISPATCH, deadlines.stageLimit(Stage.DISPATCH), now, deadlines);
        var details = new LinkedHashMap<String, String>();
        details.put("conditionCode", conditionCode);
        details.put("routing", routingReason == null ? "no-rule" : routingReason);
        transition(FILE, actor, now, CaseStatus.PENDING_DISPATCH, comment, List.of(), details, onTime);
    }

    void refuse(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE, actor);
        requireReason(reason);
        var onTime = endStage(now);
        clearClock();
        transition(REFUSE, actor, now, CaseStatus.NOT_FILED, reason, List.of(), Map.of(), onTime);
    }

    /** 派遣: a lead department (and assisting ones) get the case on the handling clock. */
    void dispatch(StaffPrincipal actor, long lead, Set<Long> assisting, String comment, Instant now,
            Deadlines deadlines) {
        check(DISPATCH, actor);
        var onTime = endStage(now);
        data.leadDepartmentId = lead;
        data.assistingDepartmentIds = new LinkedHashSet<>(assisting);
        data.assistingDepartmentIds.remove(lead);
        data.dispatchedAt = now;
        startStage(Stage.HANDLE, data.handlingLimit, now, deadlines);
        var details = new LinkedHashMap<String, String>();
        details.put("leadDepartmentId", Long.toString(lead));
        details.put("assistingDepartmentIds", data.assistingDepartmentIds.toString());
        details.put("suggestionFollowed", Boolean.toString(data.suggestedDepartmentId != null
                && data.suggestedDepartmentId == lead));
        transition(DISPATCH, actor, now, CaseStatus.DISPATCHED, comment, List.of(), details, onTime);
    }

    /** 处置反馈: the lead department reports the fix, with photos. */
    void reportHandled(StaffPrincipal actor, String result, List<String> photos, Instant now, Deadlines deadlines) {
        check(REPORT_HANDLED, actor);
        requireLeadDepartment(actor);
        requireReason(result);
        var onTime = endStage(now);
        data.handledLate = data.handledLate || !onTime;
        data.handledAt = now;
        var details = data.pending == null ? Map.<String, String>of() : Map.of("withdrawnRequest", data.pending.kind().name());
        data.pending = null;
        startStage(Stage.SEND_TO_CHECK, deadlines.stageLimit(Stage.SEND_TO_CHECK), now, deadlines);
        transition(REPORT_HANDLED, actor, now, CaseStatus.HANDLED, result, photos, details, onTime);
    }

    /** 延期 / 回退 / 挂账 / 作废 requested; waits for approval. */
    void request(StaffPrincipal actor, RequestKind kind, String reason, TimeLimit extension, Instant now) {
        var move = switch (kind) {
            case EXTENSION -> REQUEST_EXTENSION;
            case RETURN -> REQUEST_RETURN;
            case SUSPENSION -> REQUEST_SUSPENSION;
            case CANCEL -> REQUEST_CANCEL;
        };
        check(move, actor);
        if (kind != RequestKind.CANCEL) {
            requireLeadDepartment(actor);
        }
        requireReason(reason);
        if (kind == RequestKind.EXTENSION && extension == null) {
            throw UrbanGridException.invalid("error.case.extension-needs-time");
        }
        data.pending = new PendingRequest(kind, reason, kind == RequestKind.EXTENSION ? extension : null, actor.id(), now);
        var details = extension == null || kind != RequestKind.EXTENSION ? Map.<String, String>of()
                : Map.of("extension", extension.amount() + " " + extension.unit());
        record(move, actor, now, data.status, reason, List.of(), details, null);
    }

    /** The dispatcher approves a department's pending extension, return or suspension. */
    void approveRequest(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(APPROVE_REQUEST, actor);
        var request = data.pending;
        data.pending = null;
        var details = Map.of("request", request.kind().name());
        switch (request.kind()) {
            case EXTENSION -> {
                data.deadline = deadlines.extend(data.deadline, request.extension());
                data.overdue = false;
                data.extensionCount++;
                transition(APPROVE_REQUEST, actor, now, CaseStatus.DISPATCHED, comment, List.of(),
                        Map.of("request", "EXTENSION", "newDue", data.deadline.due().toString()), null);
            }
            case RETURN -> {
                var onTime = endStage(now);
                data.returnCount++;
                data.leadDepartmentId = null;
                data.assistingDepartmentIds = new LinkedHashSet<>();
                startStage(Stage.DISPATCH, deadlines.stageLimit(Stage.DISPATCH), now, deadlines);
                transition(APPROVE_REQUEST, actor, now, CaseStatus.PENDING_DISPATCH, comment, List.of(), details, onTime);
            }
            case SUSPENSION -> {
                data.suspendedAt = now;
                transition(APPROVE_REQUEST, actor, now, CaseStatus.SUSPENDED, comment, List.of(), details, null);
            }
            case CANCEL -> throw new IllegalStateException("cancellation is approved by APPROVE_CANCEL");
        }
    }

    void refuseRequest(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE_REQUEST, actor);
        requireReason(reason);
        var kind = data.pending.kind();
        data.pending = null;
        record(REFUSE_REQUEST, actor, now, data.status, reason, List.of(), Map.of("request", kind.name()), null);
    }

    /** 恢复: the handling clock runs again with the time that was left when suspended. */
    void resume(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(RESUME, actor);
        data.deadline = deadlines.resume(data.deadline, data.suspendedAt, now);
        data.suspendedAt = null;
        transition(RESUME, actor, now, CaseStatus.DISPATCHED, comment, List.of(),
                Map.of("newDue", data.deadline.due().toString()), null);
    }

    /** 核查: the assigned inspector passes the fix, or fails it back to the same department (返工). */
    void check(StaffPrincipal actor, boolean passed, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var move = passed ? CHECK_PASS : CHECK_FAIL;
        check(move, actor);
        requireAssigned(actor);
        var onTime = endStage(now);
        if (passed) {
            startStage(Stage.CLOSE, deadlines.stageLimit(Stage.CLOSE), now, deadlines);
            transition(move, actor, now, CaseStatus.PENDING_CLOSE, comment, photos, Map.of(), onTime);
        } else {
            requireReason(comment);
            data.reworkCount++;
            data.handledAt = null;
            startStage(Stage.HANDLE, data.handlingLimit, now, deadlines);
            transition(move, actor, now, CaseStatus.DISPATCHED, comment, photos,
                    Map.of("leadDepartmentId", String.valueOf(data.leadDepartmentId)), onTime);
        }
    }

    /** 结案: normal, or overtime when the department handled it late, unless the shift leader names a kind. */
    void close(StaffPrincipal actor, CloseKind kind, String comment, Instant now) {
        check(CLOSE, actor);
        var closeKind = kind != null ? kind : data.handledLate ? CloseKind.OVERTIME : CloseKind.NORMAL;
        if ((closeKind == CloseKind.ERROR || closeKind == CloseKind.SPECIAL) && isBlank(comment)) {
            throw UrbanGridException.invalid("error.case.reason-required");
        }
        if (closeKind == CloseKind.ON_THE_SPOT) {
            throw UrbanGridException.invalid("error.case.close-kind-on-the-spot");
        }
        var onTime = endStage(now);
        data.closeKind = closeKind;
        data.closedAt = now;
        clearClock();
        transition(CLOSE, actor, now, CaseStatus.CLOSED, comment, List.of(), Map.of("closeKind", closeKind.name()), onTime);
    }

    void approveCancel(StaffPrincipal actor, String comment, Instant now) {
        check(APPROVE_CANCEL, actor);
        data.pending = null;
        data.closedAt = now;
        clearClock();
        transition(APPROVE_CANCEL, actor, now, CaseStatus.CANCELLED, comment, List.of(), Map.of(), null);
    }

    void refuseCancel(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE_CANCEL, actor);
        requireReason(reason);
        data.pending = null;
        record(REFUSE_CANCEL, actor, now, data.status, reason, List.of(), Map.of(), null);
    }

    /** 督办: a leader's opinion with the date an answer is due. */
    void urge(StaffPrincipal actor, String opinion, Instant answerDue, Instant now) {
        check(URGE, actor);
        requireReason(opinion);
        data.urgeCount++;
        data.lastUrgedAt = now;
        record(URGE, actor, now, data.status, opinion, List.of(),
                answerDue == null ? Map.of() : Map.of("answerDue", answerDue.toString()), null);
    }

    // --- rules shared by every move ---

    private void check(CaseMove move, StaffPrincipal actor) {
        var row = MoveTable.row(move);
        var from = data.status;
        if (from == null ? !row.from().isEmpty() : !MoveTable.allows(row, from, pendingKind())) {
            throw UrbanGridException.conflict("error.case.illegal-move", label("case.move.", move), label("case.status.", from))
                    .with("currentStatus", from)
                    .with("pendingRequest", pendingKind())
                    .with("allowedMoves", from == null ? List.of() : MoveTable.legalFrom(from, pendingKind()));
        }
        if (!row.roles().contains(actor.role())) {
            throw UrbanGridException.forbidden("error.case.role-cannot-move", label("case.role.", actor.role()),
                    label("case.move.", move));
        }
        if (data.streetCode != null && !actor.coversStreet(data.streetCode)) {
            throw UrbanGridException.forbidden("error.case.outside-street", data.number);
        }
    }

    /** An enum value as a message argument the message bundles translate, e.g. 已结案 / Closed. */
    private static Object label(String prefix, Enum<?> value) {
        return value == null ? "—" : new DefaultMessageSourceResolvable(new String[] {prefix + value.name()}, value.name());
    }

    private void requireAssigned(StaffPrincipal actor) {
        if (data.assignedInspectorId == null || data.assignedInspectorId != actor.id()) {
            throw UrbanGridException.forbidden("error.case.not-assigned", data.number);
        }
    }

    private void requireLeadDepartment(StaffPrincipal actor) {
        if (actor.role() == Role.HANDLER && (actor.departmentId() == null
                || !actor.departmentId().equals(data.leadDepartmentId))) {
            throw UrbanGridException.forbidden("error.case.not-your-department", data.number);
        }
    }

    private static void requireReason(String reason) {
        if (isBlank(reason)) {
            throw UrbanGridException.invalid("error.case.reason-required");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    RequestKind pendingKind() {
        return data.pending == null ? null : data.pending.kind();
    }

    private void startStage(Stage stage, TimeLimit limit, Instant now, Deadlines deadlines) {
        data.stage = stage;
        data.deadline = deadlines.start(now, limit);
        data.overdue = false;
    }

    /** Whether the stage now ending ended in time. */
    private boolean endStage(Instant now) {
        return data.deadline == null || !now.isAfter(data.deadline.due());
    }

    private void clearClock() {
        data.stage = null;
        data.deadline = null;
        data.overdue = false;
    }

    private void transition(CaseMove move, StaffPrincipal actor, Instant now, CaseStatus to, String comment,
            List<String> photos, Map<String, String> details, Boolean onTime) {
        var from = data.status;
        data.status = to;
        record(move, actor, now, from, comment, photos, details, onTime);
    }

    private void record(CaseMove move, StaffPrincipal actor, Instant now, CaseStatus from, String comment,
            List<String> photos, Map<String, String> details, Boolean onTime) {
        data.updatedAt = now;
        newEntries.add(new HistoryEntry(nextSeq++, move, actor.id(), actor.displayName(), actor.role(), now, from,
                data.status, comment, List.copyOf(photos), Map.copyOf(details), onTime));
    }

    List<HistoryEntry> newEntries() {
        return List.copyOf(newEntries);
    }

    public CaseData data() {
        return data;
    }

}
