package org.urbangrid.cases.internal;

import static org.urbangrid.cases.CaseMove.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.CaseEvent.*;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.PendingRequest;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 案卷: the case aggregate. Every change goes through an intent-named move that {@link MoveRules} allows (state,
 * pending request, role, scope guards and inputs, checked in that order), moves the stage clock, appends one
 * {@link HistoryEntry} and registers one {@link CaseEvent}.
 */
public class Case {

    final CaseData data;
    private final List<HistoryEntry> newEntries = new ArrayList<>();
    private final List<Registered> events = new ArrayList<>();
    private int nextSeq;
    /** The due time of a stage the current move started, recorded with the move (the ledger reads it). */
    private Instant startedDue;

    Case(CaseData data, int historySize) {
        this.data = data;
        this.nextSeq = historySize + 1;
    }

    /** 上报: a new report, placed and described; the operator's acceptance clock starts. */
    static Case report(CaseData data, StaffPrincipal actor, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var kase = new Case(data, 0);
        kase.check(REPORT, actor, now);
        kase.require(REPORT, given(comment, photos), now);
        data.status = MoveRules.rule(REPORT).to();
        data.reportedAt = now;
        kase.startStage(Stage.ACCEPT, deadlines.stageLimit(Stage.ACCEPT), now, deadlines);
        kase.record(REPORT, actor, now, null, comment, photos, Map.of("source", data.source.name()), null);
        kase.register(CaseReported::new);
        return kase;
    }

    /** 自行处置: reported and fixed on the spot by the inspector; closed at once. */
    static Case handledOnSpot(CaseData data, StaffPrincipal actor, String comment, List<String> photos, Instant now) {
        var kase = new Case(data, 0);
        kase.check(HANDLE_ON_SPOT, actor, now);
        kase.require(HANDLE_ON_SPOT, given(comment, photos), now);
        data.status = MoveRules.rule(HANDLE_ON_SPOT).to();
        data.reportedAt = now;
        data.closedAt = now;
        data.closeKind = CloseKind.ON_THE_SPOT;
        kase.record(HANDLE_ON_SPOT, actor, now, null, comment, photos, Map.of("source", data.source.name()), null);
        kase.register(CaseHandledOnSpot::new);
        return kase;
    }

    void accept(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(ACCEPT, actor, now);
        require(ACCEPT, given(comment, List.of()), now);
        var onTime = endStage(now);
        startStage(Stage.FILE, deadlines.stageLimit(Stage.FILE), now, deadlines);
        transition(ACCEPT, actor, now, comment, List.of(), Map.of(), onTime);
        register(CaseAccepted::new);
    }

    void sendToVerify(StaffPrincipal actor, long inspectorId, String comment, Instant now, Deadlines deadlines) {
        sendToInspector(SEND_TO_VERIFY, Stage.VERIFY, actor, inspectorId, comment, now, deadlines);
    }

    void sendToCheck(StaffPrincipal actor, long inspectorId, String comment, Instant now, Deadlines deadlines) {
        sendToInspector(SEND_TO_CHECK, Stage.CHECK, actor, inspectorId, comment, now, deadlines);
    }

    private void sendToInspector(CaseMove move, Stage stage, StaffPrincipal actor, long inspectorId, String comment,
            Instant now, Deadlines deadlines) {
        check(move, actor, now);
        require(move, given(comment, List.of()), now);
        var onTime = endStage(now);
        data.assignedInspectorId = inspectorId;
        startStage(stage, deadlines.stageLimit(stage), now, deadlines);
        transition(move, actor, now, comment, List.of(), Map.of("inspectorId", Long.toString(inspectorId)), onTime);
        register(move == SEND_TO_VERIFY ? f -> new CaseSentToVerify(f, inspectorId) : f -> new CaseSentToCheck(f, inspectorId));
    }

    /** 核实: the assigned inspector says whether the problem is real. */
    void verify(StaffPrincipal actor, boolean real, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var move = real ? VERIFY_TRUE : VERIFY_FALSE;
        check(move, actor, now);
        require(move, given(comment, photos), now);
        var onTime = endStage(now);
        if (real) {
            startStage(Stage.FILE, deadlines.stageLimit(Stage.FILE), now, deadlines);
        } else {
            clearClock();
        }
        transition(move, actor, now, comment, photos, Map.of(), onTime);
        register(f -> new CaseVerified(f, real));
    }

    /** 立案: the case gets its filing condition, its routing suggestion and the dispatch clock. */
    void file(StaffPrincipal actor, String conditionCode, String classCode, TimeLimit handlingLimit,
            Long suggestedDepartment, String routingReason, String comment, Instant now, Deadlines deadlines) {
        file(actor, conditionCode, classCode, handlingLimit, null, suggestedDepartment, routingReason, comment, now,
                deadlines);
    }

    /** As above, for a condition with a first-step limit ({@code safeLimit}, e.g. 3 h to make a missing cover safe). */
    void file(StaffPrincipal actor, String conditionCode, String classCode, TimeLimit handlingLimit,
            TimeLimit safeLimit, Long suggestedDepartment, String routingReason, String comment, Instant now,
            Deadlines deadlines) {
        check(FILE, actor, now);
        require(FILE, given(comment, List.of()), now);
        var onTime = endStage(now);
        data.conditionCode = conditionCode;
        data.classCode = classCode;
        data.handlingLimit = handlingLimit;
        data.safeLimit = safeLimit;
        data.suggestedDepartmentId = suggestedDepartment;
        data.routingNote = routingReason;
        data.filedAt = now;
        startStage(Stage.DISPATCH, deadlines.stageLimit(Stage.DISPATCH), now, deadlines);
        var details = new LinkedHashMap<String, String>();
        details.put("conditionCode", conditionCode);
        details.put("routing", routingReason == null ? "no-rule" : routingReason);
        transition(FILE, actor, now, comment, List.of(), details, onTime);
        register(f -> new CaseFiled(f, conditionCode, suggestedDepartment));
    }

    void refuse(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE, actor, now);
        require(REFUSE, given(reason, List.of()), now);
        var onTime = endStage(now);
        clearClock();
        transition(REFUSE, actor, now, reason, List.of(), Map.of(), onTime);
        register(f -> new CaseRefused(f, reason));
    }

    /** 派遣: a lead department (and assisting ones) get the case on the handling clock. */
    void dispatch(StaffPrincipal actor, long lead, Set<Long> assisting, String comment, Instant now,
            Deadlines deadlines) {
        check(DISPATCH, actor, now);
        require(DISPATCH, given(comment, List.of()), now);
        var onTime = endStage(now);
        data.leadDepartmentId = lead;
        data.assistingDepartmentIds = new LinkedHashSet<>(assisting);
        data.assistingDepartmentIds.remove(lead);
        data.dispatchedAt = now;
        startStage(Stage.HANDLE, data.handlingLimit, now, deadlines);
        if (data.safeLimit != null && data.madeSafeAt == null) {
            data.safeDeadline = deadlines.start(now, data.safeLimit);
        }
        var details = new LinkedHashMap<String, String>();
        details.put("leadDepartmentId", Long.toString(lead));
        details.put("assistingDepartmentIds", data.assistingDepartmentIds.toString());
        boolean followed = data.suggestedDepartmentId != null && data.suggestedDepartmentId == lead;
        details.put("suggestionFollowed", Boolean.toString(followed));
        transition(DISPATCH, actor, now, comment, List.of(), details, onTime);
        var assistingIds = Set.copyOf(data.assistingDepartmentIds);
        register(f -> new CaseDispatched(f, assistingIds, followed));
    }

    /**
     * 先期处置/安全防护: the lead department reports the site made safe (warning signs, barriers), with photos; the
     * first-step clock stops, the fix clock runs on. Whether it was in time is the entry's {@code stageOnTime}.
     */
    void reportMadeSafe(StaffPrincipal actor, String comment, List<String> photos, Instant now) {
        check(REPORT_MADE_SAFE, actor, now);
        require(REPORT_MADE_SAFE, given(comment, photos), now);
        boolean onTime = !now.isAfter(data.safeDeadline.due());
        data.madeSafeAt = now;
        // Overdue now only if the fix clock itself has run out.
        data.overdue = data.deadline != null && !now.isBefore(data.deadline.due());
        transition(REPORT_MADE_SAFE, actor, now, comment, photos,
                Map.of("step", "MADE_SAFE", "safeDue", data.safeDeadline.due().toString()), onTime);
        register(CaseMadeSafe::new);
    }

    /** 处置反馈: the lead department reports the fix, with photos (a fix also makes an unsafe site safe). */
    void reportHandled(StaffPrincipal actor, String result, List<String> photos, Instant now, Deadlines deadlines) {
        check(REPORT_HANDLED, actor, now);
        require(REPORT_HANDLED, given(result, photos), now);
        var onTime = endStage(now);
        data.handledLate = data.handledLate || !onTime;
        data.handledAt = now;
        var details = new LinkedHashMap<String, String>();
        if (data.pending != null) {
            details.put("withdrawnRequest", data.pending.kind().name());
        }
        if (data.firstStepOpen()) {
            details.put("madeSafeOnTime", Boolean.toString(!now.isAfter(data.safeDeadline.due())));
            data.madeSafeAt = now;
        }
        data.pending = null;
        startStage(Stage.SEND_TO_CHECK, deadlines.stageLimit(Stage.SEND_TO_CHECK), now, deadlines);
        transition(REPORT_HANDLED, actor, now, result, photos, details, onTime);
        register(CaseHandled::new);
    }

    /** 延期 / 回退 / 挂账 / 作废 requested; waits for approval. */
    void request(StaffPrincipal actor, RequestKind kind, String reason, TimeLimit extension, Instant now) {
        var move = switch (kind) {
            case EXTENSION -> REQUEST_EXTENSION;
            case RETURN -> REQUEST_RETURN;
            case SUSPENSION -> REQUEST_SUSPENSION;
            case CANCEL -> REQUEST_CANCEL;
        };
        check(move, actor, now);
        var ext = kind == RequestKind.EXTENSION && extension != null
                ? new MoveCommand.Extension(extension.amount(), extension.unit()) : null;
        require(move, new MoveCommand(null, reason, null, null, null, null, null, ext, null, null), now);
        data.pending = new PendingRequest(kind, reason, kind == RequestKind.EXTENSION ? extension : null, actor.id(), now);
        var details = extension == null || kind != RequestKind.EXTENSION ? Map.<String, String>of()
                : Map.of("extension", extension.amount() + " " + extension.unit());
        transition(move, actor, now, reason, List.of(), details, null);
        register(f -> new CaseRequested(f, kind, reason));
    }

    /** The dispatcher approves a department's pending extension, return or suspension. */
    void approveRequest(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(APPROVE_REQUEST, actor, now);
        require(APPROVE_REQUEST, given(comment, List.of()), now);
        var request = data.pending;
        var details = Map.of("request", request.kind().name());
        switch (request.kind()) {
            case EXTENSION -> {
                data.deadline = deadlines.extend(data.deadline, request.extension());
                data.overdue = false;
                data.extensionCount++;
                transition(APPROVE_REQUEST, actor, now, comment, List.of(),
                        Map.of("request", "EXTENSION", "newDue", data.deadline.due().toString()), null);
            }
            case RETURN -> {
                var onTime = endStage(now);
                data.returnCount++;
                data.leadDepartmentId = null;
                data.assistingDepartmentIds = new LinkedHashSet<>();
                if (data.firstStepOpen()) {
                    data.safeDeadline = null; // the next department gets the whole first step again
                }
                startStage(Stage.DISPATCH, deadlines.stageLimit(Stage.DISPATCH), now, deadlines);
                transition(APPROVE_REQUEST, actor, now, comment, List.of(), details, onTime);
            }
            case SUSPENSION -> {
                data.suspendedAt = now;
                transition(APPROVE_REQUEST, actor, now, comment, List.of(), details, null);
            }
            case CANCEL -> throw new IllegalStateException("cancellation is approved by APPROVE_CANCEL");
        }
        register(f -> new CaseRequestDecided(f, request.kind(), true));
    }

    void refuseRequest(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE_REQUEST, actor, now);
        require(REFUSE_REQUEST, given(reason, List.of()), now);
        var kind = data.pending.kind();
        transition(REFUSE_REQUEST, actor, now, reason, List.of(), Map.of("request", kind.name()), null);
        register(f -> new CaseRequestDecided(f, kind, false));
    }

    /** 恢复: the handling clock runs again with the time that was left when suspended. */
    void resume(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(RESUME, actor, now);
        require(RESUME, given(comment, List.of()), now);
        data.deadline = deadlines.resume(data.deadline, data.suspendedAt, now);
        if (data.firstStepOpen()) {
            data.safeDeadline = deadlines.resume(data.safeDeadline, data.suspendedAt, now);
        }
        data.suspendedAt = null;
        transition(RESUME, actor, now, comment, List.of(), Map.of("newDue", data.deadline.due().toString()), null);
        register(CaseResumed::new);
    }

    /** 核查: the assigned inspector passes the fix, or fails it back to the same department (返工). */
    void check(StaffPrincipal actor, boolean passed, String comment, List<String> photos, Instant now,
            Deadlines deadlines) {
        var move = passed ? CHECK_PASS : CHECK_FAIL;
        check(move, actor, now);
        require(move, given(comment, photos), now);
        var onTime = endStage(now);
        if (passed) {
            startStage(Stage.CLOSE, deadlines.stageLimit(Stage.CLOSE), now, deadlines);
            transition(move, actor, now, comment, photos, Map.of(), onTime);
            register(CaseChecked::new);
        } else {
            data.reworkCount++;
            data.handledAt = null;
            startStage(Stage.HANDLE, data.handlingLimit, now, deadlines);
            transition(move, actor, now, comment, photos,
                    Map.of("leadDepartmentId", String.valueOf(data.leadDepartmentId)), onTime);
            int reworks = data.reworkCount;
            register(f -> new CaseReworked(f, reworks));
        }
    }

    /**
     * 结案: normal, or overtime when the department handled it late, unless the shift leader names a kind. For
     * {@code reopenWithin} the reporter may still say it is not fixed ({@link #reopen}).
     */
    void close(StaffPrincipal actor, CloseKind kind, String comment, Instant now, java.time.Duration reopenWithin) {
        check(CLOSE, actor, now);
        require(CLOSE, new MoveCommand(null, comment, null, null, null, null, null, null, kind, null), now);
        var closeKind = kind != null ? kind : data.handledLate ? CloseKind.OVERTIME : CloseKind.NORMAL;
        var onTime = endStage(now);
        data.closeKind = closeKind;
        data.closedAt = now;
        data.reopenUntil = now.plus(reopenWithin);
        clearClock();
        transition(CLOSE, actor, now, comment, List.of(), Map.of("closeKind", closeKind.name()), onTime);
        register(f -> new CaseClosed(f, closeKind));
    }

    void approveCancel(StaffPrincipal actor, String comment, Instant now) {
        check(APPROVE_CANCEL, actor, now);
        require(APPROVE_CANCEL, given(comment, List.of()), now);
        data.closedAt = now;
        clearClock();
        transition(APPROVE_CANCEL, actor, now, comment, List.of(), Map.of(), null);
        register(CaseCancelled::new);
    }

    void refuseCancel(StaffPrincipal actor, String reason, Instant now) {
        check(REFUSE_CANCEL, actor, now);
        require(REFUSE_CANCEL, given(reason, List.of()), now);
        transition(REFUSE_CANCEL, actor, now, reason, List.of(), Map.of(), null);
        register(f -> new CaseRequestDecided(f, RequestKind.CANCEL, false));
    }

    /** 督办: a leader's opinion with the date an answer is due. */
    void urge(StaffPrincipal actor, String opinion, Instant answerDue, Instant now) {
        check(URGE, actor, now);
        require(URGE, new MoveCommand(null, opinion, null, null, null, null, null, null, null, answerDue), now);
        data.urgeCount++;
        data.lastUrgedAt = now;
        transition(URGE, actor, now, opinion, List.of(),
                answerDue == null ? Map.of() : Map.of("answerDue", answerDue.toString()), null);
        register(f -> new CaseUrged(f, answerDue));
    }

    /** 退回热线: a hotline case the city cannot handle goes back to the hotline; the centre's clock stops. */
    void transferBack(StaffPrincipal actor, String reason, Instant now) {
        check(TRANSFER_BACK, actor, now);
        require(TRANSFER_BACK, given(reason, List.of()), now);
        var onTime = endStage(now);
        clearClock();
        transition(TRANSFER_BACK, actor, now, reason, List.of(), Map.of(), onTime);
        register(f -> new CaseTransferredBack(f, reason));
    }

    /**
     * 合并: this report is a duplicate of an earlier open case, which goes on for both; this one stops its clock
     * and counts nowhere (its reporter follows the main case).
     */
    void merge(StaffPrincipal actor, Long mainCaseId, String mainNumber, String comment, Instant now) {
        check(MERGE, actor, now);
        require(MERGE, new MoveCommand(null, comment, null, null, null, null, null, null, null, null, mainCaseId,
                null, null), now);
        data.mergedIntoId = mainCaseId;
        clearClock();
        transition(MERGE, actor, now, comment, List.of(),
                Map.of("mainCaseId", Long.toString(mainCaseId), "mainCaseNumber", mainNumber), null);
        register(f -> new CaseMerged(f, mainCaseId));
    }

    /** 拆分: a merged report goes back to intake as a case of its own, on a fresh acceptance clock. */
    void separate(StaffPrincipal actor, String comment, Instant now, Deadlines deadlines) {
        check(SEPARATE, actor, now);
        require(SEPARATE, given(comment, List.of()), now);
        var main = data.mergedIntoId;
        data.mergedIntoId = null;
        startStage(Stage.ACCEPT, deadlines.stageLimit(Stage.ACCEPT), now, deadlines);
        transition(SEPARATE, actor, now, comment, List.of(),
                main == null ? Map.of() : Map.of("mainCaseId", Long.toString(main)), null);
        register(CaseSeparated::new);
    }

    /**
     * 市民反映未解决: within the window after closing, the reporter says it is not fixed. The case goes back to
     * 已处置 (to be sent to check); a failed check reworks it with the same department, which is counted.
     */
    void reopen(StaffPrincipal actor, String reason, List<String> photos, Instant now, Deadlines deadlines) {
        check(REOPEN, actor, now);
        require(REOPEN, given(reason, photos), now);
        data.reopenCount++;
        data.reopenUntil = null;
        data.closeKind = null;
        data.closedAt = null;
        startStage(Stage.SEND_TO_CHECK, deadlines.stageLimit(Stage.SEND_TO_CHECK), now, deadlines);
        transition(REOPEN, actor, now, reason, photos,
                data.leadDepartmentId == null ? Map.of() : Map.of("leadDepartmentId", data.leadDepartmentId.toString()),
                null);
        int reopens = data.reopenCount;
        register(f -> new CaseReopened(f, reopens));
    }

    /** 公开审核: the centre has seen the citizen's text and photos; the public pages may show them. */
    void approvePublic(StaffPrincipal actor, String comment, Instant now) {
        check(APPROVE_PUBLIC, actor, now);
        require(APPROVE_PUBLIC, given(comment, List.of()), now);
        data.publicSeenAt = now;
        transition(APPROVE_PUBLIC, actor, now, comment, List.of(), Map.of(), null);
        register(CasePublicApproved::new);
    }

    /**
     * 屏蔽: photos or a phrase hidden from public display (the case itself keeps them for staff); the reason stays
     * in the history, and the entry's details say what was hidden.
     */
    void hidePublic(StaffPrincipal actor, String reason, List<String> photos, String phrase, Instant now) {
        check(HIDE_PUBLIC, actor, now);
        var phraseGiven = phrase == null || phrase.isBlank() ? null : phrase.strip();
        require(HIDE_PUBLIC, new MoveCommand(null, reason, null, null, null, null, null, null, null, null, null,
                phraseGiven, photos), now);
        if (phraseGiven == null && photos.isEmpty()) {
            throw UrbanGridException.invalid("error.case.hide-needs-something").with("field", "hiddenText");
        }
        var details = new LinkedHashMap<String, String>();
        if (phraseGiven != null) {
            details.put("hiddenText", phraseGiven);
        }
        if (!photos.isEmpty()) {
            details.put("hiddenPhotoIds", String.join(",", photos));
        }
        // The photos are named, not attached: the entry lists no photos of its own.
        transition(HIDE_PUBLIC, actor, now, reason, List.of(), details, null);
        register(CasePublicHidden::new);
    }

    // --- rules shared by every move ---

    /**
     * Whether this person may make this move now, in the order people can act on: 409 when the case does not
     * allow it now (naming the moves it does allow), then 403 for the role, then 403 for each scope guard.
     */
    void check(CaseMove move, StaffPrincipal actor, Instant now) {
        var rule = MoveRules.rule(move);
        if (!MoveTable.allowedNow(rule, data, now)) {
            var from = data.status;
            // Right state, but a condition of the case fails (e.g. ACCEPT of a hotline report): say which.
            var failedCondition = rule.guards().stream().filter(MoveRules.Guard::onCase)
                    .filter(g -> rule.allowsFrom(from, pendingKind()) && !MoveTable.holds(g, data, null, now)).findFirst();
            var refusal = failedCondition
                    .map(g -> UrbanGridException.conflict(MoveTable.refusal(g), label("case.move.", move)))
                    .orElseGet(() -> UrbanGridException.conflict("error.case.illegal-move", label("case.move.", move),
                            label("case.status.", from)));
            throw refusal.with("currentStatus", from)
                    .with("pendingRequest", pendingKind())
                    .with("allowedMoves", from == null ? List.of() : MoveTable.allowedNow(data, now));
        }
        if (!rule.roles().contains(actor.role())) {
            throw UrbanGridException.forbidden("error.case.role-cannot-move", label("case.role.", actor.role()),
                    label("case.move.", move));
        }
        for (var guard : rule.guards()) {
            if (!guard.onCase() && !MoveTable.holds(guard, data, actor, now)) {
                throw UrbanGridException.forbidden(MoveTable.refusal(guard), number()).with("guard", guard);
            }
        }
    }

    /** The inputs the move's row requires, and their bounds: 400 naming the field. */
    void require(CaseMove move, MoveCommand given, Instant now) {
        MoveInputs.check(MoveRules.rule(move), given, now);
    }

    private static MoveCommand given(String comment, List<String> photos) {
        return new MoveCommand(null, comment, photos, null, null, null, null, null, null, null);
    }

    private String number() {
        return data.number == null ? "—" : data.number;
    }

    /** An enum value as a message argument the message bundles translate, e.g. 已结案 / Closed. */
    static Object label(String prefix, Enum<?> value) {
        return value == null ? "—" : new DefaultMessageSourceResolvable(new String[] {prefix + value.name()}, value.name());
    }

    RequestKind pendingKind() {
        return data.pending == null ? null : data.pending.kind();
    }

    private void startStage(Stage stage, TimeLimit limit, Instant now, Deadlines deadlines) {
        data.stage = stage;
        data.deadline = deadlines.start(now, limit);
        data.overdue = false;
        startedDue = data.deadline.due();
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

    /** Moves to the state the table names for this move (a request decides, or the state stays). */
    private void transition(CaseMove move, StaffPrincipal actor, Instant now, String comment,
            List<String> photos, Map<String, String> details, Boolean onTime) {
        var from = data.status;
        var rule = MoveRules.rule(move);
        data.status = rule.target(from, pendingKind());
        data.pending = switch (rule.pending()) {
            case NONE, NOT_CANCEL, ANY -> data.pending;
            case NONE_OR_HANDLING_REQUEST, HANDLING_REQUEST, CANCEL_REQUEST -> null;
        };
        record(move, actor, now, from, comment, photos, details, onTime);
    }

    /** Registers the move's event, made from the entry just recorded (the id is filled in once the case is stored). */
    private void register(Function<Facts, CaseEvent> event) {
        var e = newEntries.get(newEntries.size() - 1);
        var d = data;
        events.add(new Registered(new Facts(d.id == null ? 0 : d.id, d.number, e.move(), e.at(), e.actorId(), e.role(),
                e.fromStatus(), e.toStatus(), d.source, d.streetCode, d.communityCode, d.unitGridCode, d.classCode,
                d.leadDepartmentId, e.stageOnTime(), d.reporterId, e.seq(), d.latitude, d.longitude), event));
    }

    private record Registered(Facts facts, Function<Facts, CaseEvent> event) {}

    /** The events of the moves made on this instance, in order. */
    List<CaseEvent> events() {
        return events.stream().map(r -> r.event().apply(data.id == null ? r.facts() : r.facts().withCaseId(data.id)))
                .toList();
    }

    private void record(CaseMove move, StaffPrincipal actor, Instant now, CaseStatus from, String comment,
            List<String> photos, Map<String, String> details, Boolean onTime) {
        data.updatedAt = now;
        if (startedDue != null) {
            // The stage this move started and its deadline: what the assessment ledger (考核台账) attributes by.
            var withDue = new LinkedHashMap<>(details);
            withDue.put("stageDue", startedDue.toString());
            details = withDue;
            startedDue = null;
        }
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
