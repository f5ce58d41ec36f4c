package org.urbangrid.console.cases;

import java.util.Set;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.cases.CaseChanged;
import org.urbangrid.console.web.LiveStreams;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.ClusterSignals;

import tools.jackson.databind.json.JsonMapper;

/**
 * The open browsers waiting for case changes: one emitter each, told {@code case-changed} after every saved move
 * of a case in the person's scope, and sent a heartbeat comment every 25 seconds so proxies keep the line open.
 * A change saved on another node arrives through {@link ClusterSignals}: the node that saved it leaves a note in the
 * move's transaction, and the other nodes' pollers hand it here within a poll.
 */
@Component
public class DeskCaseEvents {

    static final String EVENT = "case-changed";
    /** The topic of the notes a node leaves for the others after a move; the command-centre screen hears it too. */
    public static final String TOPIC = "case-changed";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a session needs to know of a change to decide whether its person may see the case. */
    record Note(String caseNumber, String streetCode, String unitGridCode, Long leadDepartmentId,
            Set<Long> assistingDepartmentIds, Long reporterId, Long assignedInspectorId) {

        static Note of(CaseChanged changed) {
            return new Note(changed.caseNumber(), changed.streetCode(), changed.unitGridCode(),
                    changed.leadDepartmentId(), changed.assistingDepartmentIds(), changed.reporterId(),
                    changed.assignedInspectorId());
        }
    }

    /** One open browser: who is looking, and for an inspector the unit grids of their responsibility area. */
    private record Viewer(StaffPrincipal staff, Set<String> area) {}

    private final Organization organization;
    private final ClusterSignals signals;
    private final LiveStreams<Viewer> streams = new LiveStreams<>("console");

    DeskCaseEvents(Organization organization, ClusterSignals signals) {
        this.organization = organization;
        this.signals = signals;
        signals.subscribe(TOPIC, payload -> deliver(JSON.readValue(payload, Note.class)));
    }

    /** The street of the case a note of {@link #TOPIC} is about. */
    public static String streetOf(String payload) {
        return JSON.readValue(payload, Note.class).streetCode();
    }

    SseEmitter open(StaffPrincipal viewer) {
        var area = viewer.role() == Role.INSPECTOR ? Set.copyOf(organization.areaOf(viewer.id())) : Set.<String>of();
        return streams.open(new Viewer(viewer, area));
    }

    int openCount() {
        return streams.openCount();
    }

    /**
     * In the move's transaction: the other nodes learn of it only if it commits, and this node's sessions after the
     * commit. A plain listener with its own synchronization, not a transactional one: live screens are best effort,
     * so the change stays out of the event publication registry, which would take a second connection per move
     * after commit while the request still holds its first (the pool ran dry under load).
     */
    @EventListener
    void on(CaseChanged changed) {
        var note = Note.of(changed);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(note);
            return;
        }
        signals.publish(TOPIC, () -> JSON.writeValueAsString(note));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(note);
            }
        });
    }

    private void deliver(Note note) {
        streams.send(v -> sees(v.staff(), v.area(), note), SseEmitter.event().name(EVENT).data(note.caseNumber()));
    }

    /**
     * The scope of the case pages: street staff their street; a handler the cases their department leads or
     * assists; an inspector the cases they reported, are assigned or that lie in their area; an administrator, who
     * works no cases, none; the centre's other roles every case.
     */
    static boolean sees(StaffPrincipal viewer, Set<String> area, Note note) {
        if (viewer.role() == Role.ADMIN || !viewer.coversStreet(note.streetCode())) {
            return false;
        }
        long me = viewer.id();
        return switch (viewer.role()) {
            case INSPECTOR -> (note.reporterId() != null && note.reporterId() == me)
                    || (note.assignedInspectorId() != null && note.assignedInspectorId() == me)
                    || (note.unitGridCode() != null && area.contains(note.unitGridCode()));
            case HANDLER -> viewer.departmentId() != null && (viewer.departmentId().equals(note.leadDepartmentId())
                    || note.assistingDepartmentIds().contains(viewer.departmentId()));
            default -> true;
        };
    }

    @PreDestroy
    void stop() {
        streams.close();
    }
}
