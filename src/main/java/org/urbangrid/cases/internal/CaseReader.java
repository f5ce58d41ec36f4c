package org.urbangrid.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseView;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/**
 * Reads cases within the viewer's scope: street staff see their street, inspectors their area and their
 * tasks, handlers their department's cases. Every list query is a filter on indexed columns, ordered and paged.
 */
@Service
@Transactional(readOnly = true)
class CaseReader implements CaseQueries {

    private static final int MAX_PAGE_SIZE = 200;

    private final Cases cases;
    private final CaseViews views;
    private final CurrentStaff current;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final CasePaging paging;

    CaseReader(Cases cases, CaseViews views, CurrentStaff current, Organization organization, JdbcClient jdbc) {
        this.cases = cases;
        this.views = views;
        this.current = current;
        this.organization = organization;
        this.jdbc = jdbc;
        this.paging = new CasePaging(jdbc);
    }

    @Override
    public CaseView view(long caseId) {
        return view(caseId, current.get());
    }

    @Override
    public CaseView viewByNumber(String number) {
        var kase = cases.findByNumber(number).orElseThrow(() -> UrbanGridException.notFound("error.case.not-found", number));
        return view(kase.data.id, current.get());
    }

    CaseView view(long caseId, StaffPrincipal viewer) {
        var kase = cases.find(caseId).filter(k -> canSee(viewer, k.data))
                .orElseThrow(() -> UrbanGridException.notFound("error.case.not-found", String.valueOf(caseId)));
        return views.view(kase.data, cases.history(caseId), viewer);
    }

    /** A case just stored in this request, shown from memory: its whole history is the entries it was made with. */
    CaseView viewCreated(Case kase, StaffPrincipal viewer) {
        return views.view(kase.data, kase.newEntries(), viewer);
    }

    boolean canSee(StaffPrincipal viewer, CaseData d) {
        if (!viewer.coversStreet(d.streetCode)) {
            return false;
        }
        return switch (viewer.role()) {
            case INSPECTOR -> d.reporterId == viewer.id()
                    || (d.assignedInspectorId != null && d.assignedInspectorId == viewer.id())
                    || organization.covers(viewer.id(), d.unitGridCode);
            case HANDLER -> viewer.departmentId() != null && (viewer.departmentId().equals(d.leadDepartmentId)
                    || d.assistingDepartmentIds.contains(viewer.departmentId()));
            default -> true;
        };
    }

    @Override
    public CasePage myTasks(int page, int size) {
        return myTasks(null, page, size);
    }

    @Override
    public CasePage myTasks(Filter filter, String after, int page, int size) {
        var viewer = current.get();
        var query = new Query();
        var queue = QueueRules.of(viewer.role());
        query.where(queue.sql());
        if (queue.needsMe()) {
            query.bind("me", viewer.id());
        }
        if (queue.needsDepartment()) {
            query.bind("dept", viewer.departmentId() == null ? -1L : viewer.departmentId());
        }
        scopeToStreet(query, viewer);
        if (filter != null) {
            narrow(query, filter);
        }
        return page(query, CasePaging.Order.DEADLINE, after, page, size);
    }

    @Override
    public CasePage overdue(String after, int page, int size) {
        var viewer = current.get();
        // The overdue flag is kept by OverdueMarker once a minute, so this list reads one index in deadline order.
        var query = new Query().where("overdue = true").where(openStatuses()).where("suspended_at is null");
        scope(query, viewer);
        return page(query, CasePaging.Order.DEADLINE, after, page, size);
    }

    @Override
    public CasePage search(Filter f, String after, int page, int size) {
        var viewer = current.get();
        var query = narrow(new Query(), f);
        scope(query, viewer);
        return page(query, CasePaging.Order.NEWEST, after, page, size);
    }

    private static Query narrow(Query query, Filter f) {
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            query.where("status in (:statuses)").bind("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        return query.whereIf(f.classCode(), "class_code = :classCode")
                .whereIf(f.streetCode(), "street_code = :streetCode")
                .whereIf(f.communityCode(), "community_code = :communityCode")
                .whereIf(f.unitGridCode(), "unit_grid_code = :unitGridCode")
                .whereIf(f.departmentId(), "lead_department_id = :departmentId")
                .whereIf(f.source() == null ? null : f.source().name(), "source = :source")
                .whereIf(f.number(), "case_number = :number")
                .whereIf(SqlTimes.toDb(f.reportedFrom()), "reported_at >= :from")
                .whereIf(SqlTimes.toDb(f.reportedTo()), "reported_at < :to");
    }

    private void scope(Query query, StaffPrincipal viewer) {
        scopeToStreet(query, viewer);
        if (viewer.is(Role.INSPECTOR)) {
            var area = new ArrayList<>(organization.areaOf(viewer.id()));
            area.add("-");
            query.where("(reporter_id = :me or assigned_inspector_id = :me or unit_grid_code in (:area))")
                    .bind("me", viewer.id()).bind("area", area);
        } else if (viewer.is(Role.HANDLER)) {
            // exists, not "id in (…)": read newest first, each row is checked against the assist key (BENCHMARKS.md).
            query.where(CasePaging.DEPARTMENT_SCOPE)
                    .bind("dept", viewer.departmentId() == null ? -1L : viewer.departmentId());
        }
    }

    private static void scopeToStreet(Query query, StaffPrincipal viewer) {
        if (viewer.streetCode() != null) {
            query.where("street_code = :myStreet").bind("myStreet", viewer.streetCode());
        }
    }

    private static String openStatuses() {
        return "status in (" + String.join(", ", CaseStatus.open().stream().map(s -> "'" + s.name() + "'").toList()) + ")";
    }

    private CasePage page(Query query, CasePaging.Order order, String after, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw UrbanGridException.invalid("error.case.page", MAX_PAGE_SIZE);
        }
        var found = paging.find(query.clauses, query.params, order, CasePaging.Cursor.parse(after, order), page, size);
        return new CasePage(cases.load(found.ids()).stream().map(views::summary).toList(), page, size, found.total(),
                found.capped(), found.next());
    }

    /** A WHERE clause built from named, bound parameters only. */
    private static final class Query {
        final List<String> clauses = new ArrayList<>();
        final Map<String, Object> params = new LinkedHashMap<>();

        Query where(String clause) {
            clauses.add(clause);
            return this;
        }

        Query whereIf(Object value, String clause) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                clauses.add(clause);
                params.put(clause.substring(clause.indexOf(':') + 1), value);
            }
            return this;
        }

        Query bind(String name, Object value) {
            params.put(name, value);
            return this;
        }
    }
}
