package org.urbangrid.cases.internal;

import static org.urbangrid.platform.SqlTimes.fromDb;
import static org.urbangrid.platform.SqlTimes.toDb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.Complexity;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.PendingRequest;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Deadline;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.Role;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The case repository: state rows with optimistic locking, and history rows that are only ever inserted. */
@Repository
public class Cases {

    private static final String COLUMNS = """
            case_number, version, source, status, condition_code, class_code, handling_limit_amount, handling_limit_unit,
            description, latitude, longitude, address, unit_grid_code, community_code, street_code, component_code,
            reporter_id, reporter_contact, assigned_inspector_id, suggested_department_id, routing_note, lead_department_id,
            stage, stage_started_at, stage_limit_amount, stage_limit_unit, due_at, warn_at, suspended_at, overdue,
            handled_late, pending_kind, pending_reason, pending_ext_amount, pending_ext_unit, pending_by, pending_at,
            rework_count, return_count, extension_count, urge_count, last_urged_at, close_kind, reported_at, filed_at,
            dispatched_at, handled_at, closed_at, updated_at, complexity, safe_limit_amount, safe_limit_unit,
            safe_started_at, safe_due_at, safe_warn_at, made_safe_at, ticket_number, caller_name, caller_phone,
            reopen_until, reopen_count, public_seen_at, merged_into_id""";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    private static final int OVERDUE_COLUMN = Arrays.stream(COLUMNS.split(",")).map(String::trim).toList()
            .indexOf("overdue");
    private static final String INSERT = "insert into cases (" + COLUMNS + ") values ("
            + String.join(", ", java.util.Collections.nCopies(COLUMN_COUNT, "?")) + ")";
    private static final String UPDATE = "update cases set " + Arrays.stream(COLUMNS.split(",")).map(String::trim)
            .map(c -> c.equals("overdue")
                    ? "overdue = (? or coalesce(overdue and due_at = ? and (made_safe_at is null) = ?, false))"
                    : c + " = ?")
            .collect(java.util.stream.Collectors.joining(", ")) + " where id = ? and version = ?";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new case and its first history entries; returns it with its id. */
    Case insert(Case kase) {
        var keys = new GeneratedKeyHolder();
        kase.data.version = 0;
        jdbc.sql(INSERT).params(values(kase.data)).update(keys, "id");
        kase.data.id = keys.getKey().longValue();
        writeAssists(kase.data);
        appendHistory(kase);
        return kase;
    }

    /**
     * Saves a moved case if nobody else changed it since it was read; otherwise 409 through the optimistic lock.
     * {@link OverdueMarker} sets {@code overdue} without touching {@code version}, so a move that leaves the
     * deadline as it was keeps a mark set meanwhile instead of writing back the {@code false} it read.
     */
    void update(Case kase) {
        var data = kase.data;
        var params = new java.util.ArrayList<>(values(data));
        params.set(1, data.version + 1);
        params.add(OVERDUE_COLUMN + 1, data.deadline == null ? null : toDb(data.deadline.due()));
        params.add(OVERDUE_COLUMN + 2, data.madeSafeAt == null); // made safe now: a first-step mark is not kept
        params.add(data.id);
        params.add(data.version);
        int updated = jdbc.sql(UPDATE).params(params).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case " + data.number + " changed concurrently");
        }
        data.version++;
        jdbc.sql("delete from case_assist where case_id = ?").param(data.id).update();
        writeAssists(data);
        appendHistory(kase);
    }

    Optional<Case> find(long id) {
        return jdbc.sql("select id, " + COLUMNS + " from cases where id = ?").param(id).query(this::data).optional()
                .map(this::withHistorySize);
    }

    Optional<Case> findByNumber(String number) {
        return jdbc.sql("select id, " + COLUMNS + " from cases where case_number = ?").param(number)
                .query(this::data).optional().map(this::withHistorySize);
    }

    /** Cases by id in the order of the ids given. */
    List<CaseData> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("select id, " + COLUMNS + " from cases where id in (:ids)").param("ids", ids)
                .query(this::data).list();
        var byId = new java.util.HashMap<Long, CaseData>();
        rows.forEach(row -> byId.put(row.id, row));
        var assists = jdbc.sql("select case_id, department_id from case_assist where case_id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
        assists.forEach(a -> byId.get(a.getKey()).assistingDepartmentIds.add(a.getValue()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    List<HistoryEntry> history(long caseId) {
        return jdbc.sql("select * from case_history where case_id = ? order by seq").param(caseId)
                .query(Cases::entry).list();
    }

    /** The histories of several cases, each in order. */
    Map<Long, List<HistoryEntry>> histories(List<Long> caseIds) {
        var byCase = new java.util.HashMap<Long, List<HistoryEntry>>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("select * from case_history where case_id in (:ids) order by case_id, seq").param("ids", caseIds)
                    .query((rs, n) -> byCase.computeIfAbsent(rs.getLong("case_id"), k -> new java.util.ArrayList<>())
                            .add(entry(rs, n))).list();
        }
        return byCase;
    }

    /** History rows read with their case: for feeds across cases. */
    record Located(long caseId, HistoryEntry entry) {}

    static Located located(ResultSet rs, int row) throws SQLException {
        return new Located(rs.getLong("case_id"), entry(rs, row));
    }

    private Case withHistorySize(CaseData data) {
        int size = jdbc.sql("select count(*) from case_history where case_id = ?").param(data.id)
                .query(Integer.class).single();
        jdbc.sql("select department_id from case_assist where case_id = ? order by department_id").param(data.id)
                .query(Long.class).list().forEach(data.assistingDepartmentIds::add);
        return new Case(data, size);
    }

    private void writeAssists(CaseData data) {
        for (var department : data.assistingDepartmentIds) {
            jdbc.sql("insert into case_assist (case_id, department_id) values (?, ?)").params(data.id, department).update();
        }
    }

    private void appendHistory(Case kase) {
        for (var e : kase.newEntries()) {
            jdbc.sql("""
                    insert into case_history (case_id, seq, move, actor_id, actor_name, actor_role, at, from_status,
                        to_status, comment, photo_ids, details, stage_on_time) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(kase.data.id, e.seq(), e.move().name(), e.actorId(), e.actorName(), e.role().name(),
                            toDb(e.at()), name(e.fromStatus()), e.toStatus().name(), e.comment(),
                            e.photoIds().isEmpty() ? null : String.join(",", e.photoIds()),
                            e.details().isEmpty() ? null : JSON.writeValueAsString(e.details()), e.stageOnTime())
                    .update();
        }
    }

    private static List<Object> values(CaseData d) {
        var deadline = d.deadline;
        var safe = d.safeDeadline;
        var pending = d.pending;
        return Arrays.asList(d.number, d.version, d.source.name(), d.status.name(), d.conditionCode, d.classCode,
                d.handlingLimit == null ? null : d.handlingLimit.amount(), d.handlingLimit == null ? null : d.handlingLimit.unit().name(),
                d.description, d.latitude, d.longitude, d.address, d.unitGridCode, d.communityCode, d.streetCode,
                d.componentCode, d.reporterId, d.reporterContact, d.assignedInspectorId, d.suggestedDepartmentId,
                d.routingNote, d.leadDepartmentId, name(d.stage),
                deadline == null ? null : toDb(deadline.start()),
                deadline == null ? null : deadline.limit().amount(), deadline == null ? null : deadline.limit().unit().name(),
                deadline == null ? null : toDb(deadline.due()), deadline == null ? null : toDb(deadline.warnAt()),
                toDb(d.suspendedAt), d.overdue, d.handledLate,
                pending == null ? null : pending.kind().name(), pending == null ? null : pending.reason(),
                pending == null || pending.extension() == null ? null : pending.extension().amount(),
                pending == null || pending.extension() == null ? null : pending.extension().unit().name(),
                pending == null ? null : pending.requestedBy(), pending == null ? null : toDb(pending.requestedAt()),
                d.reworkCount, d.returnCount, d.extensionCount, d.urgeCount, toDb(d.lastUrgedAt), name(d.closeKind),
                toDb(d.reportedAt), toDb(d.filedAt), toDb(d.dispatchedAt), toDb(d.handledAt), toDb(d.closedAt),
                toDb(d.updatedAt), name(d.complexity),
                d.safeLimit == null ? null : d.safeLimit.amount(), d.safeLimit == null ? null : d.safeLimit.unit().name(),
                safe == null ? null : toDb(safe.start()), safe == null ? null : toDb(safe.due()),
                safe == null ? null : toDb(safe.warnAt()), toDb(d.madeSafeAt), d.ticketNumber, d.callerName,
                d.callerPhone, toDb(d.reopenUntil), d.reopenCount, toDb(d.publicSeenAt), d.mergedIntoId);
    }

    CaseData data(ResultSet rs, int row) throws SQLException {
        var d = new CaseData();
        d.id = rs.getLong("id");
        d.number = rs.getString("case_number");
        d.version = rs.getLong("version");
        d.source = CaseSource.valueOf(rs.getString("source"));
        d.status = CaseStatus.valueOf(rs.getString("status"));
        d.conditionCode = rs.getString("condition_code");
        d.classCode = rs.getString("class_code");
        d.handlingLimit = limit(rs, "handling_limit_amount", "handling_limit_unit");
        d.description = rs.getString("description");
        d.latitude = rs.getDouble("latitude");
        d.longitude = rs.getDouble("longitude");
        d.address = rs.getString("address");
        d.unitGridCode = rs.getString("unit_grid_code");
        d.communityCode = rs.getString("community_code");
        d.streetCode = rs.getString("street_code");
        d.componentCode = rs.getString("component_code");
        d.reporterId = rs.getLong("reporter_id");
        d.reporterContact = rs.getString("reporter_contact");
        d.assignedInspectorId = longOrNull(rs, "assigned_inspector_id");
        d.suggestedDepartmentId = longOrNull(rs, "suggested_department_id");
        d.routingNote = rs.getString("routing_note");
        d.leadDepartmentId = longOrNull(rs, "lead_department_id");
        d.stage = rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage"));
        var stageLimit = limit(rs, "stage_limit_amount", "stage_limit_unit");
        d.deadline = stageLimit == null ? null
                : new Deadline(fromDb(rs, "stage_started_at"), stageLimit, fromDb(rs, "due_at"), fromDb(rs, "warn_at"));
        d.suspendedAt = fromDb(rs, "suspended_at");
        d.overdue = rs.getBoolean("overdue");
        d.handledLate = rs.getBoolean("handled_late");
        var pendingKind = rs.getString("pending_kind");
        d.pending = pendingKind == null ? null : new PendingRequest(RequestKind.valueOf(pendingKind),
                rs.getString("pending_reason"), limit(rs, "pending_ext_amount", "pending_ext_unit"),
                rs.getLong("pending_by"), fromDb(rs, "pending_at"));
        d.reworkCount = rs.getInt("rework_count");
        d.returnCount = rs.getInt("return_count");
        d.extensionCount = rs.getInt("extension_count");
        d.urgeCount = rs.getInt("urge_count");
        d.lastUrgedAt = fromDb(rs, "last_urged_at");
        d.closeKind = rs.getString("close_kind") == null ? null : CloseKind.valueOf(rs.getString("close_kind"));
        d.reportedAt = fromDb(rs, "reported_at");
        d.filedAt = fromDb(rs, "filed_at");
        d.dispatchedAt = fromDb(rs, "dispatched_at");
        d.handledAt = fromDb(rs, "handled_at");
        d.closedAt = fromDb(rs, "closed_at");
        d.updatedAt = fromDb(rs, "updated_at");
        d.assistingDepartmentIds = new LinkedHashSet<>();
        d.complexity = rs.getString("complexity") == null ? null : Complexity.valueOf(rs.getString("complexity"));
        d.safeLimit = limit(rs, "safe_limit_amount", "safe_limit_unit");
        var safeStart = fromDb(rs, "safe_started_at");
        d.safeDeadline = d.safeLimit == null || safeStart == null ? null
                : new Deadline(safeStart, d.safeLimit, fromDb(rs, "safe_due_at"), fromDb(rs, "safe_warn_at"));
        d.madeSafeAt = fromDb(rs, "made_safe_at");
        d.ticketNumber = rs.getString("ticket_number");
        d.callerName = rs.getString("caller_name");
        d.callerPhone = rs.getString("caller_phone");
        d.reopenUntil = fromDb(rs, "reopen_until");
        d.reopenCount = rs.getInt("reopen_count");
        d.publicSeenAt = fromDb(rs, "public_seen_at");
        d.mergedIntoId = longOrNull(rs, "merged_into_id");
        return d;
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        var photos = rs.getString("photo_ids");
        var details = rs.getString("details");
        Boolean onTime = rs.getObject("stage_on_time") == null ? null : rs.getBoolean("stage_on_time");
        return new HistoryEntry(rs.getInt("seq"), CaseMove.valueOf(rs.getString("move")), rs.getLong("actor_id"),
                rs.getString("actor_name"), Role.valueOf(rs.getString("actor_role")), fromDb(rs, "at"),
                rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                CaseStatus.valueOf(rs.getString("to_status")), rs.getString("comment"),
                photos == null ? List.of() : List.of(photos.split(",")),
                details == null ? Map.of() : JSON.readValue(details, new TypeReference<Map<String, String>>() {}),
                onTime);
    }

    private static TimeLimit limit(ResultSet rs, String amount, String unit) throws SQLException {
        var value = rs.getInt(amount);
        return rs.wasNull() ? null : new TimeLimit(value, LimitUnit.valueOf(rs.getString(unit)));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        var value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
