package org.urbangrid.cases.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseView;
import org.urbangrid.deadline.Light;
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
    /** A whole case number (yyyyMMdd-NNNNN): matched exactly, on the unique key. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{8}-\\d{5,}");
    static final int KEYWORD_MIN = 2;
    static final int KEYWORD_MAX = 50;

    private final Cases cases;
    private final CaseViews views;
    private final CurrentStaff current;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final CasePaging paging;
    private final Clock clock;

    private final javax.sql.DataSource dataSource;
    private volatile Boolean postgres;

    CaseReader(Cases cases, CaseViews views, CurrentStaff current, Organization organization, JdbcClient jdbc,
            Clock clock, javax.sql.DataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
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

    @Override
    public Optional<Long> visibleId(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        var viewer = current.get();
        return cases.findByNumber(number.trim()).filter(k -> canSee(viewer, k.data)).map(k -> k.data.id);
    }

    CaseView view(long caseId, StaffPrincipal viewer) {
        var kase = cases.find(caseId).filter(k -> canSee(viewer, k.data))
                .orElseThrow(() -> UrbanGridException.notFound("error.case.not-found", String.valueOf(caseId)));
        return views.view(kase.data, cases.history(caseId), viewer);
    }

    boolean canSee(StaffPrincipal viewer, CaseData d) {
        if (!viewer.coversStreet(d.streetCode)) {
            return false;
        }
        return switch (viewer.role()) {
            case INSPECTOR -> d.reporterId == viewer.id()
                    || (d.assignedInspectorId != null && d.assignedInspectorId == viewer.id())
                    || organization.covers(viewer.id(), d.unitGridCode);
            // a handler also sees what they reported themselves (a chief's 直报, whatever department leads it)
            case HANDLER -> d.reporterId == viewer.id() || viewer.departmentId() != null
                    && (viewer.departmentId().equals(d.leadDepartmentId)
                    || d.assistingDepartmentIds.contains(viewer.departmentId()));
            default -> true;
        };
    }

    @Override
    public CasePage myTasks(int page, int size) {
        return myTasks(null, page, size);
    }

    @Override
    public CasePage myTasks(Filter filter, Sort sort, String after, int page, int size) {
        var order = switch (sort == null ? Sort.DEADLINE : sort) {
            case DEADLINE -> CasePaging.Order.DEADLINE;
            case REPORTED -> CasePaging.Order.NEWEST;
            case STREET -> CasePaging.Order.STREET;
        };
        return page(queue(filter), order, after, page, size);
    }

    @Override
    public java.util.Optional<Long> nextTask(java.time.Instant due, long caseId) {
        var query = queue(null).where("id <> :current").bind("current", caseId);
        var after = new CasePaging.Cursor(CasePaging.Order.DEADLINE, due, caseId, 0, false, null);
        var found = paging.find(query.clauses, query.params, CasePaging.Order.DEADLINE, after, 0, 1).ids();
        if (found.isEmpty()) {
            found = paging.find(query.clauses, query.params, CasePaging.Order.DEADLINE, null, 0, 1).ids();
        }
        return found.stream().findFirst();
    }

    @Override
    public List<QueueTab> queueTabs(Filter filter) {
        var viewer = current.get();
        var usual = QueueRules.usualStatuses(viewer.role());
        var tabs = new ArrayList<QueueTab>();
        for (var status : QueueRules.statuses(viewer.role())) {
            var query = queue(filter == null ? null : withStatus(filter, status));
            if (filter == null) {
                query.where("status = :tabStatus").bind("tabStatus", status.name());
            }
            long counted = paging.countCapped(query.clauses, query.params);
            tabs.add(new QueueTab(status, Math.min(counted, CasePage.COUNT_CAP), counted > CasePage.COUNT_CAP,
                    usual.contains(status)));
        }
        return tabs;
    }

    @Override
    public boolean queueHoldsRequests() {
        return QueueRules.holdsRequests(current.get().role());
    }

    private static Filter withStatus(Filter f, CaseStatus status) {
        return new Filter(List.of(status), f.classCode(), f.streetCode(), f.communityCode(), f.departmentId(), f.source(),
                f.reportedFrom(), f.reportedTo(), f.number(), f.unitGridCode(), f.keyword());
    }

    /** The viewer's queue (their role's moves, their street), narrowed by the filter. */
    private Query queue(Filter filter) {
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
        return query;
    }

    @Override
    public CasePage myReports(String after, int size) {
        var viewer = current.get();
        // reads ix_cases_reporter_reported (reporter_id, reported_at, id) in its order
        var query = new Query().where("reporter_id = :me").bind("me", viewer.id());
        scopeToStreet(query, viewer);
        return page(query, CasePaging.Order.NEWEST, after, 0, size);
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

    @Override
    public MapPoints mapPoints(double minLng, double minLat, double maxLng, double maxLat) {
        var viewer = current.get();
        // Open cases only: read along ix_cases_status_due (status, due_at, id), the box checked on each row.
        var query = new Query().where(openStatuses())
                .where("latitude between :minLat and :maxLat").bind("minLat", minLat).bind("maxLat", maxLat)
                .where("longitude between :minLng and :maxLng").bind("minLng", minLng).bind("maxLng", maxLng);
        scope(query, viewer);
        var now = SqlTimes.toDb(clock.instant());
        var points = jdbc.sql("select id, case_number, latitude, longitude, status, class_code, case "
                        + "when due_at is null then null when due_at <= coalesce(suspended_at, :now) then 'RED' "
                        + "when warn_at <= coalesce(suspended_at, :now) then 'YELLOW' else 'GREEN' end as light "
                        + "from cases where " + String.join(" and ", query.clauses)
                        + " order by due_at asc nulls last, id asc limit :limit")
                .params(query.params).param("now", now).param("limit", MAP_POINT_CAP + 1)
                .query((rs, n) -> new MapPoint(rs.getLong("id"), rs.getString("case_number"), rs.getDouble("latitude"),
                        rs.getDouble("longitude"), rs.getString("light") == null ? null : Light.valueOf(rs.getString("light")),
                        CaseStatus.valueOf(rs.getString("status")), rs.getString("class_code")))
                .list();
        boolean truncated = points.size() > MAP_POINT_CAP;
        return new MapPoints(truncated ? List.copyOf(points.subList(0, MAP_POINT_CAP)) : points, truncated);
    }

    private Query narrow(Query query, Filter f) {
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            query.where("status in (:statuses)").bind("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        query.whereIf(f.classCode(), "class_code = :classCode")
                .whereIf(f.streetCode(), "street_code = :streetCode")
                .whereIf(f.communityCode(), "community_code = :communityCode")
                .whereIf(f.unitGridCode(), "unit_grid_code = :unitGridCode")
                .whereIf(f.departmentId(), "lead_department_id = :departmentId")
                .whereIf(f.source() == null ? null : f.source().name(), "source = :source")
                .whereIf(wholeNumber(f.number()), "case_number = :number")
                .whereIf(partOfNumber(f.number()), "case_number like :numberPart escape '!'")
                .whereIf(SqlTimes.toDb(f.reportedFrom()), "reported_at >= :from")
                .whereIf(SqlTimes.toDb(f.reportedTo()), "reported_at < :to");
        var keyword = keyword(f.keyword());
        if (keyword != null) {
            // On PostgreSQL the keyword's character pairs are looked up in their GIN indexes first (V21_1).
            query.where(postgres()
                    ? "((ug_bigrams(description) @> ug_bigrams(:keywordText) and description like :keyword escape '!')"
                            + " or (ug_bigrams(address) @> ug_bigrams(:keywordText) and address like :keyword escape '!'))"
                    : "(description like :keyword escape '!' or address like :keyword escape '!')")
                    .bind("keyword", keyword).bind("keywordText", f.keyword().strip());
        }
        return query;
    }

    private boolean postgres() {
        if (postgres == null) {
            try (var connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot tell the database", e);
            }
        }
        return postgres;
    }

    private static String wholeNumber(String number) {
        return number != null && WHOLE_NUMBER.matcher(number.trim()).matches() ? number.trim() : null;
    }

    /** A part of a number, anywhere in it; on PostgreSQL a trigram index finds it (V21_1). */
    private static String partOfNumber(String number) {
        if (number == null || number.isBlank() || wholeNumber(number) != null) {
            return null;
        }
        return "%" + likeEscaped(number.trim()) + "%";
    }

    /** Two characters and up (a Chinese word is often two), as a part of the text; refused naming the field q. */
    private static String keyword(String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return null;
        }
        var text = keyword.strip();
        int length = text.codePointCount(0, text.length());
        if (length < KEYWORD_MIN || length > KEYWORD_MAX) {
            throw UrbanGridException.invalid("error.case.keyword", "q", KEYWORD_MIN, KEYWORD_MAX);
        }
        return "%" + likeEscaped(text) + "%";
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

    @Override
    public List<CaseView> unseenPublic(java.time.Instant beforeReportedAt, Long beforeId, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw UrbanGridException.invalid("error.case.page", MAX_PAGE_SIZE);
        }
        var viewer = current.get();
        var sql = new StringBuilder("select id from cases where public_seen_at is null");
        var params = new LinkedHashMap<String, Object>();
        if (viewer.streetCode() != null) {
            sql.append(" and street_code = :street");
            params.put("street", viewer.streetCode());
        }
        if (beforeReportedAt != null && beforeId != null) {
            sql.append(" and (reported_at < :at or (reported_at = :at and id < :id))");
            params.put("at", org.urbangrid.platform.SqlTimes.toDb(beforeReportedAt));
            params.put("id", beforeId);
        }
        sql.append(" order by reported_at desc, id desc fetch first ").append(limit).append(" rows only");
        var ids = jdbc.sql(sql.toString()).params(params).query(Long.class).list();
        var histories = cases.histories(ids);
        return cases.load(ids).stream().filter(d -> canSee(viewer, d))
                .map(d -> views.view(d, histories.getOrDefault(d.id, List.of()), viewer)).toList();
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

    @Override
    public Map<Long, String> ticketNumbers(java.util.Collection<Long> caseIds, long reportedThrough) {
        if (caseIds == null || caseIds.isEmpty()) {
            return Map.of();
        }
        var found = new LinkedHashMap<Long, String>();
        jdbc.sql("select id, ticket_number from cases where id in (:ids) and reporter_id = :through"
                        + " and ticket_number is not null")
                .param("ids", List.copyOf(new java.util.LinkedHashSet<>(caseIds))).param("through", reportedThrough)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2))).list();
        return found;
    }

    /** A WHERE clause built from named, bound parameters only. */
    private static final class Query {
        private static final Pattern PARAM = Pattern.compile(":(\\w+)");
        final List<String> clauses = new ArrayList<>();
        final Map<String, Object> params = new LinkedHashMap<>();

        Query where(String clause) {
            clauses.add(clause);
            return this;
        }

        Query whereIf(Object value, String clause) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                clauses.add(clause);
                var name = PARAM.matcher(clause);
                name.find();
                params.put(name.group(1), value);
            }
            return this;
        }

        Query bind(String name, Object value) {
            params.put(name, value);
            return this;
        }
    }
}
