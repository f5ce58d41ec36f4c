package org.urbangrid.assessment.internal.inputs;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 条块互评 (mutual assessment, "条考核块、块考核条"): criteria per direction set by an administrator, and the monthly
 * forms. Who rates for whom:
 * <ul>
 * <li>a street is represented by the handlers (处置人员) of its street office (街道办事处) and by a leader limited to the
 * street; it rates every active bureau and utility (the departments that serve streets);</li>
 * <li>a bureau or utility is represented by its handlers; it rates every street of the district.</li>
 * </ul>
 * One form per (direction, rater unit, rated unit, month); anyone of the rater unit may send it again to correct it
 * from the first day of the month until the end of the {@code deadline-day} (default 10th) of the next month, city
 * time. After that the month is closed (409).
 */
@Service
public class MutualAssessment {

    private static final int MAX_POINTS = 1000;

    private final MutualRows rows;
    private final Organization organization;
    private final Grids grids;
    private final AuditLog audit;
    private final Clock clock;
    private final int deadlineDay;

    MutualAssessment(MutualRows rows, Organization organization, Grids grids, AuditLog audit, Clock clock,
            @Value("${urbangrid.assessment.mutual.deadline-day:10}") int deadlineDay) {
        this.rows = rows;
        this.organization = organization;
        this.grids = grids;
        this.audit = audit;
        this.clock = clock;
        this.deadlineDay = deadlineDay;
    }

    public List<MutualCriterion> criteria(MutualDirection direction, boolean activeOnly) {
        return rows.criteria(direction, activeOnly);
    }

    @Transactional
    public MutualCriterion createCriterion(MutualCriterion.Draft draft) {
        var direction = MutualDirection.parse(draft.direction(), "direction");
        var name = Inputs.text(draft.name(), "name", 100);
        var nameEn = Inputs.text(draft.nameEn(), "nameEn", 100);
        int max = Inputs.between(draft.maxPoints(), "maxPoints", 1, MAX_POINTS);
        int order = draft.sortOrder() == null ? rows.criteria(direction, false).size() + 1
                : Inputs.between(draft.sortOrder(), "sortOrder", 0, 10_000);
        long id = rows.insertCriterion(direction, name, nameEn, max, order, clock.instant());
        return audit.recorded("mutual-criteria", "create", Long.toString(id), null, requireCriterion(id));
    }

    /** Changes name, points, order or active; forms already sent keep the maximum they were sent with. */
    @Transactional
    public MutualCriterion updateCriterion(long id, MutualCriterion.Draft draft) {
        var before = requireCriterion(id);
        var name = Inputs.text(draft.name(), "name", 100);
        var nameEn = Inputs.text(draft.nameEn(), "nameEn", 100);
        int max = Inputs.between(draft.maxPoints(), "maxPoints", 1, MAX_POINTS);
        int order = draft.sortOrder() == null ? before.sortOrder() : Inputs.between(draft.sortOrder(), "sortOrder", 0, 10_000);
        boolean active = draft.active() == null ? before.active() : draft.active();
        rows.updateCriterion(id, name, nameEn, max, order, active);
        return audit.recorded("mutual-criteria", "update", Long.toString(id), before, requireCriterion(id));
    }

    public MutualCriterion requireCriterion(long id) {
        return rows.criterion(id).orElseThrow(() -> UrbanGridException.notFound("inputs.error.criterion-not-found", id));
    }

    /** The unit the person rates for, if any. */
    public Optional<RaterUnit> raterUnitOf(StaffPrincipal who) {
        if (who.role() == Role.HANDLER && who.departmentId() != null) {
            var department = organization.department(who.departmentId()).filter(Department::active);
            if (department.isEmpty()) {
                return Optional.empty();
            }
            var d = department.get();
            if (d.kind() == DepartmentKind.STREET_OFFICE && d.streetCode() != null) {
                return Optional.of(street(d.streetCode()));
            }
            if (rated(d)) {
                return Optional.of(new RaterUnit(MutualDirection.DEPARTMENT_RATES_STREET, Long.toString(d.id()), d.name()));
            }
            return Optional.empty();
        }
        if (who.role() == Role.LEADER && who.streetCode() != null) {
            return Optional.of(street(who.streetCode()));
        }
        return Optional.empty();
    }

    private RaterUnit street(String code) {
        return new RaterUnit(MutualDirection.STREET_RATES_DEPARTMENT, code, grids.nameOf(code).orElse(code));
    }

    public RaterUnit requireRaterUnit(StaffPrincipal who) {
        return raterUnitOf(who).orElseThrow(() -> UrbanGridException.forbidden("inputs.error.not-a-rater"));
    }

    /** The units of a direction that can be rated, by id, in display order. */
    public Map<String, String> ratedUnits(MutualDirection direction) {
        var units = new java.util.LinkedHashMap<String, String>();
        if (direction == MutualDirection.STREET_RATES_DEPARTMENT) {
            organization.departments().stream().filter(MutualAssessment::rated)
                    .forEach(d -> units.put(Long.toString(d.id()), d.name()));
        } else {
            grids.ofLevel(GridLevel.STREET).forEach(g -> units.put(g.code(), g.name()));
        }
        return units;
    }

    /** The rater's worksheet for a month: every unit it may rate, with the form already sent. */
    public List<RatedUnit> worksheet(RaterUnit rater, YearMonth month) {
        var sent = new HashMap<String, MutualForm>();
        rows.forms(rater.direction(), month.toString(), rater.id()).forEach(f -> sent.put(f.ratedId(), f));
        var sheet = new ArrayList<RatedUnit>();
        ratedUnits(rater.direction()).forEach((id, name) -> sheet.add(new RatedUnit(id, name, sent.get(id))));
        return sheet;
    }

    /** Every form of a direction and month (administrators and leaders). */
    public List<MutualForm> forms(MutualDirection direction, YearMonth month) {
        return rows.forms(direction, month.toString(), null);
    }

    public MutualForm requireForm(long id) {
        return rows.form(id).orElseThrow(() -> UrbanGridException.notFound("inputs.error.form-not-found", id));
    }

    /** Sends (or corrects) the rater unit's form; see the class comment for who and until when. */
    @Transactional
    public MutualForm submit(StaffPrincipal who, MutualForm.Draft draft) {
        var rater = requireRaterUnit(who);
        var direction = draft.direction() == null ? rater.direction() : MutualDirection.parse(draft.direction(), "direction");
        if (direction != rater.direction()) {
            throw UrbanGridException.forbidden("inputs.error.wrong-direction", direction.name());
        }
        var month = Months.parse(draft.month(), "month");
        requireOpen(month);
        if (draft.ratedId() == null || !ratedUnits(direction).containsKey(draft.ratedId())) {
            throw UrbanGridException.invalid("inputs.error.rated-unknown", String.valueOf(draft.ratedId()))
                    .with("field", "ratedId");
        }
        var remark = Inputs.optionalText(draft.remark(), "remark", 1000);
        var items = checkedItems(direction, draft.items());
        int points = items.stream().mapToInt(MutualForm.Item::points).sum();
        int max = items.stream().mapToInt(MutualForm.Item::maxPoints).sum();
        var now = clock.instant();
        var existing = rows.formId(direction, month.toString(), rater.id(), draft.ratedId());
        var before = existing.map(this::requireForm).orElse(null);
        long id = existing.orElse(-1L);
        if (existing.isPresent()) {
            rows.updateForm(id, points, max, remark, who.id(), now);
        } else {
            try {
                id = rows.insertForm(direction, month.toString(), rater.id(), draft.ratedId(), points, max, remark, who.id(), now);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                throw UrbanGridException.conflict("inputs.error.form-raced", draft.ratedId());
            }
        }
        for (var item : items) {
            rows.insertItem(id, item.criterionId(), item.maxPoints(), item.points());
        }
        return audit.recorded("mutual-forms", before == null ? "submit" : "correct",
                direction + " " + month + " " + rater.id() + "→" + draft.ratedId(), before, requireForm(id));
    }

    /** Every active criterion scored once, each within 0..its maximum. */
    private List<MutualForm.Item> checkedItems(MutualDirection direction, List<MutualForm.ItemDraft> drafts) {
        var criteria = rows.criteria(direction, true);
        if (criteria.isEmpty()) {
            throw UrbanGridException.conflict("inputs.error.no-criteria", direction);
        }
        var given = drafts == null ? List.<MutualForm.ItemDraft>of() : drafts;
        var byId = new HashMap<Long, MutualCriterion>();
        criteria.forEach(c -> byId.put(c.id(), c));
        var seen = new HashSet<Long>();
        var items = new ArrayList<MutualForm.Item>();
        for (int i = 0; i < given.size(); i++) {
            var draft = given.get(i);
            var criterion = draft == null || draft.criterionId() == null ? null : byId.get(draft.criterionId());
            if (criterion == null || !seen.add(criterion.id())) {
                throw UrbanGridException.invalid("inputs.error.criterion-unknown",
                        draft == null ? "null" : String.valueOf(draft.criterionId())).with("field", "items[" + i + "].criterionId");
            }
            int points = Inputs.between(draft.points(), "items[" + i + "].points", 0, criterion.maxPoints());
            items.add(new MutualForm.Item(criterion.id(), criterion.maxPoints(), points));
        }
        for (var criterion : criteria) {
            if (!seen.contains(criterion.id())) {
                throw UrbanGridException.invalid("inputs.error.criterion-missing", criterion.name())
                        .with("field", "items").with("criterionId", criterion.id());
            }
        }
        return items;
    }

    /** Forms of a month are taken from its first day until the end of the deadline day of the next month. */
    public void requireOpen(YearMonth month) {
        var today = java.time.LocalDate.now(clock);
        if (today.isBefore(month.atDay(1))) {
            throw UrbanGridException.invalid("inputs.error.month-not-started", month.toString()).with("field", "month");
        }
        if (today.isAfter(closesOn(month))) {
            throw UrbanGridException.conflict("inputs.error.month-closed", month.toString(), closesOn(month).toString());
        }
    }

    /** The last day on which forms of the month are taken. */
    public java.time.LocalDate closesOn(YearMonth month) {
        var next = month.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth()));
    }

    static boolean rated(Department d) {
        return d.active() && (d.kind() == DepartmentKind.BUREAU || d.kind() == DepartmentKind.UTILITY);
    }
}
