package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.cases.CaseChanged;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.HotlineLimits;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/** Carries out reports and moves: checks the input, loads the case, lets it move, saves it and tells the others. */
@Service
class CaseDesk implements CaseManagement {

    private final Cases cases;
    private final CaseNumbers numbers;
    private final IdempotencyKeys idempotency;
    private final GridLocator locator;
    private final Gazetteer gazetteer;
    private final Catalog catalog;
    private final Deadlines deadlines;
    private final CurrentStaff current;
    private final Organization organization;
    private final CaseInputs inputs;
    private final CaseReader reader;
    private final CaseViews views;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HotlineLimits hotline;
    private final java.time.Duration reopenWithin;

    CaseDesk(Cases cases, CaseNumbers numbers, IdempotencyKeys idempotency, GridLocator locator, Gazetteer gazetteer,
            Catalog catalog, Deadlines deadlines, CurrentStaff current, Organization organization, CaseInputs inputs,
            CaseReader reader, CaseViews views, ApplicationEventPublisher events, TransactionTemplate tx,
            Clock clock, HotlineLimits hotline,
            @org.springframework.beans.factory.annotation.Value("${urbangrid.cases.reopen-within:P7D}") java.time.Duration reopenWithin) {
        this.cases = cases;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.locator = locator;
        this.gazetteer = gazetteer;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.current = current;
        this.organization = organization;
        this.inputs = inputs;
        this.reader = reader;
        this.views = views;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.hotline = hotline;
        if (reopenWithin.isNegative() || reopenWithin.compareTo(java.time.Duration.ofDays(90)) > 0) {
            throw new IllegalStateException("urbangrid.cases.reopen-within must lie between 0 and 90 days");
        }
        this.reopenWithin = reopenWithin;
    }

    @Override
    public Reported report(NewReport report, Optional<String> key) {
        return report(report, key, current.get().role() != Role.CHANNEL);
    }

    @Override
    public Reported report(NewReport report, Optional<String> key, boolean publicAtOnce) {
        return idempotent(key, requestHash(key, report, false), number -> {
            var kase = create(report, false, number, publicAtOnce);
            return kase;
        });
    }

    @Override
    public Reported handleOnSpot(NewReport report, Optional<String> key) {
        return idempotent(key, requestHash(key, report, true), number -> create(report, true, number, true));
    }

    /** The request's hash when a key comes with it (nothing to compare otherwise). */
    private String requestHash(Optional<String> key, NewReport report, boolean onTheSpot) {
        return key.map(k -> IdempotencyKeys.hash(report, inputs.photoDigests(report.photos()), onTheSpot)).orElse(null);
    }

    private Reported idempotent(Optional<String> key, String hash, Function<String, Case> creation) {
        var actor = current.get();
        key.ifPresent(IdempotencyKeys::validate);
        var earlier = key.flatMap(k -> idempotency.find(actor.id(), k));
        if (earlier.isPresent()) {
            return new Reported(reader.view(IdempotencyKeys.sameRequest(earlier.get(), hash), actor), true);
        }
        // Numbered before the transaction, so no case transaction holds the day counter's lock.
        var number = numbers.next(clock.instant());
        try {
            var created = tx.execute(status -> {
                var kase = creation.apply(number);
                key.ifPresent(k -> idempotency.remember(actor.id(), k, hash, kase.data.id, clock.instant()));
                return kase;
            });
            // Shown from memory, without a proxy or transaction: its whole history is the entries it was made with.
            return new Reported(views.view(created.data, created.newEntries(), actor), false);
        } catch (DuplicateKeyException | UrbanGridException concurrentRetry) {
            // A concurrent retry with the same key committed first: its key row wins, or its photos were claimed
            // by it (the same uploads cannot be attached twice). Answer with the first case if the key is there.
            var first = key.flatMap(k -> idempotency.find(actor.id(), k)).orElseThrow(() -> concurrentRetry);
            return new Reported(reader.view(IdempotencyKeys.sameRequest(first, hash), actor), true);
        }
    }

    private Case create(NewReport report, boolean onTheSpot, String number, boolean publicAtOnce) {
        var actor = current.get();
        inputs.checkSource(actor, report.source(), onTheSpot, report.latitude(), report.longitude());
        var complexity = complexity(report);
        MoveInputs.requirePlainText("description", report.description());
        MoveInputs.requirePlainText("reporterContact", report.reporterContact());
        checkCaller(report);
        var location = locator.locate(report.latitude(), report.longitude());
        if (actor.is(Role.INSPECTOR) && report.source() != CaseSource.CHIEF
                && !organization.covers(actor.id(), location.unitGridCode())) {
            throw UrbanGridException.forbidden("error.case.outside-area", location.unitGridCode());
        }
        if (!actor.coversStreet(location.streetCode())) {
            throw UrbanGridException.forbidden("error.case.outside-street", location.streetCode());
        }
        var condition = report.conditionCode() == null ? null : catalog.requireActiveCondition(report.conditionCode());
        if (report.source().seenOnSite() && (condition == null || report.photos().isEmpty())) {
            throw UrbanGridException.invalid("error.case.inspector-report-needs-class-and-photo");
        }
        inputs.checkPhotos(report.photos());
        inputs.checkComponent(report.componentCode());
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored, so the view needs no re-read
        var data = new CaseData();
        data.number = number;
        data.source = report.source();
        data.description = report.description().strip();
        data.latitude = report.latitude();
        data.longitude = report.longitude();
        data.address = gazetteer.describe(report.latitude(), report.longitude());
        data.unitGridCode = location.unitGridCode();
        data.communityCode = location.communityCode();
        data.streetCode = location.streetCode();
        data.componentCode = report.componentCode();
        data.reporterId = actor.id();
        data.reporterContact = report.reporterContact();
        if (condition != null) {
            data.conditionCode = condition.code();
            data.classCode = condition.classCode();
            data.handlingLimit = condition.handlingLimit();
            data.safeLimit = condition.safeLimit();
        }
        data.complexity = complexity;
        data.ticketNumber = blankToNull(report.ticketNumber());
        data.callerName = blankToNull(report.callerName());
        data.callerPhone = blankToNull(report.callerPhone());
        data.handlingLimit = hotline.handlingLimit(data.source, complexity, data.handlingLimit, now, deadlines);
        // What staff write is the centre's own; a channel's citizen text waits for the centre unless it is trusted.
        data.publicSeenAt = publicAtOnce ? now : null;
        var kase = onTheSpot
                ? Case.handledOnSpot(data, actor, report.description(), report.photos(), now)
                : Case.report(data, actor, report.description(), report.photos(), now, deadlines);
        cases.insert(kase);
        publish(kase, kase.newEntries().get(0).move(), null);
        return kase;
    }

    @Override
    public CaseView move(long caseId, CaseMove move, MoveCommand command) {
        var actor = current.get();
        var cmd = command == null ? MoveCommand.empty() : command;
        tx.executeWithoutResult(status -> {
            // The order people can act on: 404, stale 409, state 409, role 403, scope 403, inputs 400, then the
            // checks against other modules (photos, inspector, department, condition).
            var kase = cases.find(caseId).filter(k -> reader.canSee(actor, k.data))
                    .orElseThrow(() -> UrbanGridException.notFound("error.case.not-found", String.valueOf(caseId)));
            if (cmd.expectedVersion() != null && cmd.expectedVersion() != kase.data.version) {
                throw UrbanGridException.conflict("error.case.stale", kase.data.number, String.valueOf(kase.data.version));
            }
            kase.check(move, actor, clock.instant());
            kase.require(move, cmd, clock.instant());
            if (org.urbangrid.cases.MoveRules.rule(move).reads(org.urbangrid.cases.MoveRules.Input.PHOTOS)) {
                inputs.checkPhotos(cmd.photos()); // a move that keeps no photos claims none (they stay the uploader's)
            }
            var from = kase.data.status;
            apply(kase, move, cmd, actor);
            cases.update(kase);
            publish(kase, move, from);
        });
        return reader.view(caseId, actor);
    }

    private void apply(Case kase, CaseMove move, MoveCommand cmd, StaffPrincipal actor) {
        var now = clock.instant();
        switch (move) {
            case ACCEPT -> kase.accept(actor, cmd.comment(), now, deadlines);
            case SEND_TO_VERIFY -> kase.sendToVerify(actor, inputs.inspectorFor(kase.data, cmd.inspectorId()),
                    cmd.comment(), now, deadlines);
            case VERIFY_TRUE, VERIFY_FALSE -> kase.verify(actor, move == CaseMove.VERIFY_TRUE, cmd.comment(),
                    cmd.photos(), now, deadlines);
            case FILE -> file(kase, cmd, actor, now);
            case REFUSE -> kase.refuse(actor, cmd.comment(), now);
            case DISPATCH -> kase.dispatch(actor, inputs.leadDepartment(kase.data, cmd.departmentId()),
                    inputs.assisting(cmd.assisting()), cmd.comment(), now, deadlines);
            case REPORT_MADE_SAFE -> kase.reportMadeSafe(actor, cmd.comment(), cmd.photos(), now);
            case REPORT_HANDLED -> kase.reportHandled(actor, cmd.comment(), cmd.photos(), now, deadlines);
            case REQUEST_EXTENSION -> kase.request(actor, RequestKind.EXTENSION, cmd.comment(),
                    cmd.extension() == null ? null : cmd.extension().toLimit(), now);
            case REQUEST_RETURN -> kase.request(actor, RequestKind.RETURN, cmd.comment(), null, now);
            case REQUEST_SUSPENSION -> kase.request(actor, RequestKind.SUSPENSION, cmd.comment(), null, now);
            case REQUEST_CANCEL -> kase.request(actor, RequestKind.CANCEL, cmd.comment(), null, now);
            case APPROVE_REQUEST -> kase.approveRequest(actor, cmd.comment(), now, deadlines);
            case REFUSE_REQUEST -> kase.refuseRequest(actor, cmd.comment(), now);
            case RESUME -> kase.resume(actor, cmd.comment(), now, deadlines);
            case SEND_TO_CHECK -> kase.sendToCheck(actor, inputs.inspectorFor(kase.data, cmd.inspectorId()),
                    cmd.comment(), now, deadlines);
            case CHECK_PASS, CHECK_FAIL -> kase.check(actor, move == CaseMove.CHECK_PASS, cmd.comment(),
                    cmd.photos(), now, deadlines);
            case CLOSE -> kase.close(actor, cmd.closeKind(), cmd.comment(), now, reopenWithin);
            case APPROVE_CANCEL -> kase.approveCancel(actor, cmd.comment(), now);
            case REFUSE_CANCEL -> kase.refuseCancel(actor, cmd.comment(), now);
            case URGE -> kase.urge(actor, cmd.comment(), cmd.answerDue(), now);
            case TRANSFER_BACK -> kase.transferBack(actor, cmd.comment(), now);
            case MERGE -> merge(kase, cmd, actor, now);
            case SEPARATE -> kase.separate(actor, cmd.comment(), now, deadlines);
            case REOPEN -> kase.reopen(actor, cmd.comment(), cmd.photos(), now, deadlines);
            case APPROVE_PUBLIC -> kase.approvePublic(actor, cmd.comment(), now);
            case HIDE_PUBLIC -> hidePublic(kase, cmd, actor, now);
            case REPORT, HANDLE_ON_SPOT -> throw UrbanGridException.invalid("error.case.report-is-not-a-move");
        }
    }

    /**
     * 合并 into the earlier open case the person can see: not itself, not a merged one; the later report joins the
     * earlier, so the first reporter keeps the credit (400 naming {@code mainCaseId} otherwise).
     */
    private void merge(Case kase, MoveCommand cmd, StaffPrincipal actor, java.time.Instant now) {
        var main = cases.find(cmd.mainCaseId()).filter(k -> reader.canSee(actor, k.data)).orElseThrow(() ->
                UrbanGridException.invalid("error.case.merge-main-not-found", cmd.mainCaseId()).with("field", "mainCaseId"));
        var d = main.data;
        if (d.id.equals(kase.data.id) || !d.status.isOpen()) {
            throw UrbanGridException.invalid("error.case.merge-main-not-open", d.number).with("field", "mainCaseId");
        }
        if (d.reportedAt.isAfter(kase.data.reportedAt)) {
            throw UrbanGridException.invalid("error.case.merge-into-earlier", d.number, kase.data.number)
                    .with("field", "mainCaseId");
        }
        kase.merge(actor, d.id, d.number, cmd.comment(), now);
    }

    /** 屏蔽: the photos named must be the case's own. */
    private void hidePublic(Case kase, MoveCommand cmd, StaffPrincipal actor, java.time.Instant now) {
        var own = new java.util.HashSet<String>();
        cases.history(kase.data.id).forEach(e -> own.addAll(e.photoIds()));
        for (var id : cmd.hiddenPhotos()) {
            if (!own.contains(id)) {
                throw UrbanGridException.invalid("error.case.hide-photo-not-of-case", id).with("field", "hiddenPhotoIds");
            }
        }
        kase.hidePublic(actor, cmd.comment(), cmd.hiddenPhotos(), cmd.hiddenText(), now);
    }

    private void file(Case kase, MoveCommand cmd, StaffPrincipal actor, java.time.Instant now) {
        var code = cmd.conditionCode() != null ? cmd.conditionCode() : kase.data.conditionCode;
        if (code == null) {
            throw UrbanGridException.invalid("error.case.file-needs-condition").with("field", "conditionCode");
        }
        var condition = catalog.requireActiveCondition(code);
        var suggestion = inputs.route(kase.data, condition);
        var limit = hotline.handlingLimit(kase.data.source, kase.data.complexity, condition.handlingLimit(), now,
                deadlines);
        kase.file(actor, condition.code(), condition.classCode(), limit, condition.safeLimit(),
                suggestion.map(s -> s.departmentId()).orElse(null), suggestion.map(s -> s.reason()).orElse(null),
                cmd.comment(), now, deadlines);
    }

    /**
     * A hotline caller's name, phone and work-order number: for 12345/12319 reports only, within their lengths, the
     * phone in digits, {@code +} and {@code -}; refused (400 naming the field) otherwise. The web form reaches
     * here without bean validation, so the checks are made here for both doors.
     */
    private static void checkCaller(NewReport report) {
        var fields = new String[] {"ticketNumber", "callerName", "callerPhone"};
        var values = new String[] {report.ticketNumber(), report.callerName(), report.callerPhone()};
        var max = new int[] {NewReport.MAX_TICKET, NewReport.MAX_CALLER_NAME, NewReport.MAX_PHONE};
        for (int i = 0; i < fields.length; i++) {
            var value = blankToNull(values[i]);
            if (value == null) {
                continue;
            }
            if (!HotlineLimits.hotline(report.source())) {
                throw UrbanGridException.invalid("error.case.caller-hotline-only", fields[i]).with("field", fields[i]);
            }
            MoveInputs.requirePlainText(fields[i], value);
            if (value.contains("\n") || value.contains("\r") || value.contains("\t")) {
                throw UrbanGridException.invalid("error.case.control-character", fields[i]).with("field", fields[i]);
            }
            if (value.length() > max[i]) {
                throw UrbanGridException.invalid("error.case.too-long", fields[i], max[i]).with("field", fields[i]);
            }
        }
        var ticket = blankToNull(report.ticketNumber());
        if (ticket != null && !ticket.matches(NewReport.TICKET)) {
            throw UrbanGridException.invalid("error.case.ticket-number", "ticketNumber").with("field", "ticketNumber");
        }
        var phone = blankToNull(report.callerPhone());
        if (phone != null && !phone.matches(NewReport.PHONE)) {
            throw UrbanGridException.invalid("error.case.caller-phone", "callerPhone").with("field", "callerPhone");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 繁简: SIMPLE unless a hotline report says COMPLEX; refused (400 naming the field) for other sources. */
    private static org.urbangrid.cases.Complexity complexity(NewReport report) {
        if (!HotlineLimits.hotline(report.source())) {
            if (report.complexity() != null) {
                throw UrbanGridException.invalid("error.case.complexity-hotline-only").with("field", "complexity");
            }
            return null;
        }
        return report.complexity() == null ? org.urbangrid.cases.Complexity.SIMPLE : report.complexity();
    }

    /** The move's domain events (kept by the event publication registry for after-commit listeners), and the
     * console's {@link CaseChanged} derived from the same move. */
    private void publish(Case kase, CaseMove move, org.urbangrid.cases.CaseStatus from) {
        var d = kase.data;
        kase.events().forEach(events::publishEvent);
        events.publishEvent(new CaseChanged(d.id, d.number, move, from, d.status, d.updatedAt, d.streetCode,
                d.leadDepartmentId, d.unitGridCode, d.reporterId, d.assignedInspectorId, d.assistingDepartmentIds));
    }

}
