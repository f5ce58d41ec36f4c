package org.urbangrid.assessment.ledger;

import static org.urbangrid.platform.SqlTimes.toDb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.assessment.IndicatorSource.Part;
import org.urbangrid.assessment.SubjectKind;

/**
 * The ledger's tables: a case's tasks and facts replaced whole, the daily rollups moved by the difference, and
 * the reads the figures and their drill-downs need.
 */
@Repository
class LedgerStore {

    /** A summed row of the rollups (or of the pending facts, whose grid columns are empty). */
    record Sum(String code, String subjectId, String unitGridCode, String communityCode, String streetCode, long num,
            long den) {}

    /** One case's part in a figure. */
    record CaseSum(long caseId, long num, long den) {}

    /** The rollup key of a fact. */
    private record Key(String kind, LocalDate day, String code, String subjectId, String grid, String community,
            String street) implements Comparable<Key> {
        static Key of(Fact f) {
            return new Key(f.kind().name(), f.day(), f.code(), f.subjectId(), f.unitGridCode(), f.communityCode(),
                    f.streetCode());
        }

        @Override
        public int compareTo(Key o) {
            return (kind + '|' + day + '|' + code + '|' + subjectId + '|' + grid)
                    .compareTo(o.kind + '|' + o.day + '|' + o.code + '|' + o.subjectId + '|' + o.grid);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Locks the case's ledger row (made on first sight) and answers how much history it was derived from. */
    int lock(long caseId) {
        jdbc.sql("insert into assessment_case (case_id, history_size) values (?, -1) on conflict do nothing")
                .param(caseId).update();
        return jdbc.sql("select history_size from assessment_case where case_id = ? for update").param(caseId)
                .query(Integer.class).single();
    }

    /** Replaces the case's tasks and facts and moves the rollups by the difference (in key order: no deadlocks). */
    void replace(long caseId, int historySize, List<LedgerTask> tasks, CaseLedger ledger, List<Fact> facts) {
        var delta = new TreeMap<Key, long[]>();
        jdbc.sql("""
                select subject_kind, attr_day, code, subject_id, unit_grid_code, community_code, street_code, num, den
                from assessment_fact where case_id = ?""").param(caseId).query(rs -> {
            var key = new Key(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7));
            var d = delta.computeIfAbsent(key, k -> new long[2]);
            d[0] -= rs.getInt(8);
            d[1] -= rs.getInt(9);
        });
        for (var f : facts) {
            if (!f.pending()) {
                var d = delta.computeIfAbsent(Key.of(f), k -> new long[2]);
                d[0] += f.num();
                d[1] += f.den();
            }
        }
        for (var table : List.of("assessment_task", "assessment_fact", "assessment_pending")) {
            jdbc.sql("delete from " + table + " where case_id = ?").param(caseId).update();
        }
        insertTasks(ledger, tasks);
        insertFacts(facts);
        delta.forEach((key, d) -> {
            if (d[0] != 0 || d[1] != 0) {
                move(key, d[0], d[1]);
            }
        });
        jdbc.sql("update assessment_case set history_size = ? where case_id = ?").params(historySize, caseId).update();
    }

    private void move(Key k, long num, long den) {
        move("assessment_rollup", "attr_day", k.day(), k, num, den);
        move("assessment_rollup_month", "month_start", k.day().withDayOfMonth(1), k, num, den);
    }

    private void move(String table, String dayColumn, LocalDate day, Key k, long num, long den) {
        jdbc.sql("insert into " + table + " (subject_kind, " + dayColumn + """
                , code, subject_id, unit_grid_code, community_code,
                    street_code, num, den) values (?, ?, ?, ?, ?, ?, ?, 0, 0) on conflict do nothing""")
                .params(k.kind(), day, k.code(), k.subjectId(), k.grid(), k.community(), k.street()).update();
        var where = " where subject_kind = ? and " + dayColumn + " = ? and code = ? and subject_id = ? and unit_grid_code = ?";
        jdbc.sql("update " + table + " set num = num + ?, den = den + ?" + where)
                .params(num, den, k.kind(), day, k.code(), k.subjectId(), k.grid()).update();
        jdbc.sql("delete from " + table + where + " and num = 0 and den = 0")
                .params(k.kind(), day, k.code(), k.subjectId(), k.grid()).update();
    }

    private void insertTasks(CaseLedger c, List<LedgerTask> tasks) {
        var rows = new ArrayList<Object[]>();
        for (var t : tasks) {
            rows.add(new Object[] {t.caseId(), t.no(), t.kind().name(), t.subjectId(), c.unitGridCode(),
                    c.communityCode(), c.streetCode(), toDb(t.startedAt()), t.day(), toDb(t.dueAt()), toDb(t.endedAt()),
                    t.endMove() == null ? null : t.endMove().name(), t.onTime(), t.returned(), t.reworked(),
                    t.extended(), t.suspended(), t.suspendedNow(), t.cancelled(), t.dispatchNo(), t.valid()});
        }
        template.batchUpdate("""
                insert into assessment_task (case_id, task_no, kind, subject_id, unit_grid_code, community_code,
                    street_code, started_at, attr_day, due_at, ended_at, end_move, on_time, returned, reworked, extended,
                    suspended, suspended_now, cancelled, dispatch_no, report_valid)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertFacts(List<Fact> facts) {
        var fixed = new ArrayList<Object[]>();
        var pending = new ArrayList<Object[]>();
        for (var f : facts) {
            if (f.pending()) {
                pending.add(new Object[] {f.caseId(), f.taskNo(), f.code(), f.kind().name(), f.subjectId(), f.day(),
                        f.num(), f.den(), toDb(f.dueAt())});
            } else {
                fixed.add(new Object[] {f.caseId(), f.taskNo(), f.code(), f.kind().name(), f.subjectId(),
                        f.unitGridCode(), f.communityCode(), f.streetCode(), f.day(), f.num(), f.den()});
            }
        }
        template.batchUpdate("""
                insert into assessment_fact (case_id, task_no, code, subject_kind, subject_id, unit_grid_code,
                    community_code, street_code, attr_day, num, den) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", fixed);
        template.batchUpdate("""
                insert into assessment_pending (case_id, task_no, code, subject_kind, subject_id, attr_day, num, den, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", pending);
    }

    /**
     * The rollups of a kind of subject summed over the days (region kinds read the unit grid rows): the whole
     * months of the period from the monthly rows, the days at either end from the daily ones.
     */
    List<Sum> sums(SubjectKind kind, LocalDate from, LocalDate to) {
        var stored = kind.isRegion() ? SubjectKind.UNIT_GRID : kind;
        var parts = new ArrayList<String>();
        var params = new ArrayList<Object>();
        var firstWhole = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        var afterWhole = to.plusDays(1).withDayOfMonth(1); // the day after the last whole month
        if (firstWhole.isBefore(afterWhole)) {
            parts.add(ROLLUP_COLUMNS + " from assessment_rollup_month where subject_kind = ? and month_start >= ?"
                    + " and month_start < ?");
            params.addAll(List.of(stored.name(), firstWhole, afterWhole));
            daily(parts, params, stored, from, firstWhole.minusDays(1));
            daily(parts, params, stored, afterWhole, to);
        } else {
            daily(parts, params, stored, from, to);
        }
        return jdbc.sql("select code, subject_id, unit_grid_code, community_code, street_code, sum(num), sum(den) from ("
                + String.join(" union all ", parts)
                + ") x group by code, subject_id, unit_grid_code, community_code, street_code")
                .params(params)
                .query((rs, n) -> new Sum(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    private static final String ROLLUP_COLUMNS =
            "select code, subject_id, unit_grid_code, community_code, street_code, num, den";

    private static void daily(List<String> parts, List<Object> params, SubjectKind stored, LocalDate from,
            LocalDate to) {
        if (!to.isBefore(from)) {
            parts.add(ROLLUP_COLUMNS + " from assessment_rollup where subject_kind = ? and attr_day between ? and ?");
            params.addAll(List.of(stored.name(), from, to));
        }
    }

    /**
     * Whether a kind can have pending facts (open tasks not yet due): the persons' and departments'; a region's or
     * a subject by place's figures are case-level facts of filed cases, fixed when made.
     */
    static boolean hasPending(SubjectKind kind) {
        return !kind.isRegion() && !kind.isByPlace();
    }

    /** The pending facts of a kind that are due now (their deadline has passed), summed. */
    List<Sum> dueNow(SubjectKind kind, LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                select code, subject_id, sum(num), sum(den) from assessment_pending
                where subject_kind = ? and attr_day between ? and ? and due_at < ? group by code, subject_id""")
                .params(kind.name(), from, to, toDb(now))
                .query((rs, n) -> new Sum(rs.getString(1), rs.getString(2), "", "", "", rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * The cases of one figure, each with its part, in case id order after {@code afterId}: the fixed facts and the
     * pending ones due now, filtered by {@code where} on the fact columns.
     */
    List<CaseSum> cases(SubjectKind kind, String code, Scope scope, LocalDate from, LocalDate to, Instant now,
            long afterId, Part part, int limit) {
        var stored = kind.isRegion() ? SubjectKind.UNIT_GRID : kind;
        var params = new ArrayList<Object>(List.of(stored.name(), code, from, to, afterId));
        params.addAll(scope.params());
        var pendingPart = "";
        if (hasPending(kind)) {
            pendingPart = """
                    union all select case_id, num, den from assessment_pending
                    where subject_kind = ? and code = ? and attr_day between ? and ? and case_id > ? and subject_id = ?
                    and due_at < ?""";
            params.addAll(List.of(stored.name(), code, from, to, afterId));
            params.addAll(scope.params());
            params.add(toDb(now));
        }
        return jdbc.sql("select case_id, sum(num), sum(den) from (select case_id, num, den from assessment_fact"
                + " where subject_kind = ? and code = ? and attr_day between ? and ? and case_id > ? and " + scope.where()
                + " " + pendingPart + ") x group by case_id having " + having(part) + " order by case_id fetch first "
                + limit + " rows only").params(params)
                .query((rs, n) -> new CaseSum(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /**
     * 漏报: the filed cases of the unit grids given, each with 1 when someone other than the inspector reported it.
     */
    List<CaseSum> missed(long inspectorId, Collection<String> grids, LocalDate from, LocalDate to, long afterId,
            Part part, int limit) {
        if (grids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.case_id, case when o.case_id is null then 1 else 0 end, 1 from assessment_fact f
                left join assessment_fact o on o.case_id = f.case_id and o.code = :own and o.subject_kind = 'INSPECTOR'
                    and o.subject_id = :inspector
                where f.subject_kind = 'UNIT_GRID' and f.code = 'FILED' and f.subject_id in (:grids)
                  and f.attr_day between :from and :to and f.case_id > :after
                order by f.case_id""")
                .param("own", Fact.OWN_FILED).param("inspector", Long.toString(inspectorId)).param("grids", grids)
                .param("from", from).param("to", to).param("after", afterId)
                .query((rs, n) -> new CaseSum(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list().stream()
                .filter(c -> switch (part) {
                    case NUMERATOR -> c.num() > 0;
                    case DENOMINATOR -> c.den() > 0;
                    case SHORTFALL -> c.den() > c.num();
                })
                .limit(limit).toList();
    }

    private static String having(Part part) {
        return switch (part) {
            case NUMERATOR -> "sum(num) > 0";
            case DENOMINATOR -> "sum(den) > 0";
            case SHORTFALL -> "sum(den) > sum(num)";
        };
    }

    /** The ledger tasks of a case, in order (for the ledger's readers and tests). */
    List<Map<String, Object>> tasks(long caseId) {
        return jdbc.sql("select * from assessment_task where case_id = ? order by task_no").param(caseId)
                .query().listOfRows();
    }

    /** Which of these cases the ledger holds a row for (derived, or being derived). */
    java.util.Set<Long> held(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select case_id from assessment_case where case_id in (:ids)")
                .param("ids", caseIds).query(Long.class).list());
    }

    Optional<Integer> derivedSize(long caseId) {
        return jdbc.sql("select history_size from assessment_case where case_id = ?").param(caseId)
                .query(Integer.class).optional();
    }

    /** Which facts of a figure belong to the subject: its id, or for a region level its code's column. */
    record Scope(String where, List<Object> params) {
        static Scope of(SubjectKind kind, String subjectId) {
            return switch (kind) {
                case COMMUNITY -> new Scope("community_code = ?", List.of(subjectId));
                case STREET -> new Scope("street_code = ?", List.of(subjectId));
                case DISTRICT -> new Scope("street_code like ?", List.of(subjectId + "%"));
                default -> new Scope("subject_id = ?", List.of(subjectId));
            };
        }
    }
}
