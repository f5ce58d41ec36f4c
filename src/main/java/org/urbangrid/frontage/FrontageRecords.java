package org.urbangrid.frontage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.frontage.internal.FrontageStore;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * A unit's record (责任单位档案): the cases reported in its frontage (问题), the repeats among them (重复问题: another
 * case of the same class at the same unit within {@value #REPEAT_DAYS} days before) and the steps taken on it
 * (劝阻 → 书面告知 → 处罚).
 */
@Service
public class FrontageRecords {

    /** A repeat is a case of the same class at the same unit reported within this many days after an earlier one. */
    public static final int REPEAT_DAYS = 30;

    private final FrontageStore store;
    private final FrontageUnits units;
    private final AuditLog audit;
    private final Clock clock;

    FrontageRecords(FrontageStore store, FrontageUnits units, AuditLog audit, Clock clock) {
        this.store = store;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Links a reported case to every unit whose frontage covers its position, the primary unit marked; idempotent
     * (a republished event stores nothing twice). Gives the links now stored for the case.
     */
    @Transactional
    public List<CaseLink> link(long caseId, String caseNumber, String classCode, Instant reportedAt, double latitude,
            double longitude) {
        var matched = units.at(latitude, longitude);
        if (matched.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < matched.size(); i++) {
            var unit = matched.get(i);
            Long repeatOf = classCode == null ? null
                    : store.earlierOfClass(unit.id(), classCode, reportedAt.minus(Duration.ofDays(REPEAT_DAYS)),
                            reportedAt, caseId).orElse(null);
            store.insertLink(new CaseLink(unit.id(), caseId, caseNumber, classCode, reportedAt, i == 0, repeatOf));
        }
        return store.linksOfCase(caseId);
    }

    /** The units a case is linked to, the primary first. */
    public List<CaseLink> linksOfCase(long caseId) {
        return store.linksOfCase(caseId);
    }

    /** A unit's cases, newest first, before the cursor (null: from the newest). */
    public List<CaseLink> cases(long unitId, Instant beforeAt, Long beforeCase, int limit) {
        return store.links(unitId, beforeAt, beforeCase, limit);
    }

    // --- steps

    /**
     * Who may record a step on a unit: operators, shift leaders, dispatchers, leaders and administrators anywhere in
     * their street scope, and handlers of the department supervising the unit's kind.
     */
    public boolean mayRecordSteps(StaffPrincipal staff, FrontageUnit unit) {
        if (!staff.coversStreet(unit.streetCode())) {
            return false;
        }
        return switch (staff.role()) {
            case OPERATOR, SHIFT_LEADER, DISPATCHER, LEADER, ADMIN -> true;
            case HANDLER -> staff.departmentId() != null
                    && units.supervisorOf(unit).map(staff.departmentId()::equals).orElse(false);
            default -> false;
        };
    }

    /** Records a step taken on the unit (403 for whoever may not; a day not in the future; note ≤ 500). */
    @Transactional
    public Step recordStep(StaffPrincipal staff, long unitId, StepKind kind, LocalDate takenOn, String note,
            Long caseId) {
        var unit = units.require(unitId);
        if (!mayRecordSteps(staff, unit)) {
            throw UrbanGridException.forbidden("frontage.error.steps-forbidden");
        }
        if (kind == null) {
            throw UrbanGridException.invalid("frontage.error.step-kind").with("field", "kind");
        }
        if (takenOn == null || takenOn.isAfter(units.today()) || takenOn.isBefore(units.today().minusYears(1))) {
            throw UrbanGridException.invalid("frontage.error.taken-on").with("field", "takenOn");
        }
        var text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && (text.length() > 500
                || text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F))) {
            throw UrbanGridException.invalid("frontage.error.note").with("field", "note");
        }
        if (caseId != null && store.linksOfCase(caseId).stream().noneMatch(l -> l.unitId() == unitId)) {
            throw UrbanGridException.invalid("frontage.error.step-case").with("field", "caseId");
        }
        long id = store.insertStep(unitId, kind, takenOn, text, caseId, staff.id(), clock.instant());
        var step = store.steps(unitId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        return audit.recorded("frontage", "record-step", String.valueOf(unitId), null, step);
    }

    /** A unit's steps, the latest first. */
    public List<Step> steps(long unitId) {
        return store.steps(unitId);
    }

    /** The step offered next: the one after the last taken (劝阻 first; 处罚 again after 处罚). */
    public StepKind nextStep(long unitId) {
        return store.steps(unitId).stream().findFirst().map(s -> s.kind().next()).orElse(StepKind.DISSUADE);
    }

    /** Whether the role is one that may read contacts (personal data) on the staff pages. */
    public static boolean readsContacts(StaffPrincipal staff, Optional<Long> supervisor) {
        return switch (staff.role()) {
            case OPERATOR, SHIFT_LEADER, DISPATCHER, LEADER, ADMIN -> true;
            case HANDLER -> staff.departmentId() != null && supervisor.map(staff.departmentId()::equals).orElse(false);
            default -> false;
        };
    }

}
