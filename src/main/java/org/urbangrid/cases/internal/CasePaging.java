package org.urbangrid.cases.internal;

import static org.urbangrid.platform.SqlTimes.fromDb;
import static org.urbangrid.platform.SqlTimes.toDb;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.cases.CasePage;
import org.urbangrid.platform.UrbanGridException;

/**
 * Keyset (seek) paging and capped counting of case lists: a page after a cursor starts where the last one ended in
 * the list's index order, however deep, and the count stops at {@link CasePage#COUNT_CAP}.
 */
final class CasePaging {

    /** The orders lists are read in; each is the order of an index ending in {@code id}. */
    enum Order {
        /** Soonest deadline first, cases without a clock last. */
        DEADLINE("D", "due_at asc nulls last, id asc"),
        /** Newest report first. */
        NEWEST("N", "reported_at desc, id desc"),
        /** By street, then soonest deadline (cases without a clock last in their street); {@code ix_cases_street_due}. */
        STREET("S", "street_code asc, due_at asc nulls last, id asc");

        final String tag;
        final String sql;

        Order(String tag, String sql) {
            this.tag = tag;
            this.sql = sql;
        }
    }

    /**
     * Where the previous page ended (the last row's sort key and id; {@code key} the street in the street order)
     * and the total counted when the list was opened, as an opaque token: later pages seek, and do not count again.
     */
    record Cursor(Order order, Instant at, long id, long total, boolean capped, String key) {

        static Cursor parse(String token, Order order) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                var parts = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8).split("\\|", -1);
                boolean keyed = order == Order.STREET;
                if (parts.length != (keyed ? 6 : 5) || !parts[0].equals(order.tag) || keyed && parts[5].isEmpty()) {
                    throw new IllegalArgumentException("cursor of another list");
                }
                return new Cursor(order, parts[1].isEmpty() ? null : Instant.parse(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), parts[4].equals("+"), keyed ? parts[5] : null);
            } catch (RuntimeException e) {
                throw UrbanGridException.invalid("error.case.cursor", "after");
            }
        }

        String token() {
            var text = order.tag + "|" + (at == null ? "" : at.toString()) + "|" + id + "|" + total + "|" + (capped ? "+" : "")
                    + (key == null ? "" : "|" + key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    record Found(List<Long> ids, long total, boolean capped, String next) {}

    private record Row(long id, Instant due, Instant reported, String street) {}

    private final JdbcClient jdbc;

    CasePaging(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Found find(List<String> clauses, Map<String, Object> params, Order order, Cursor after, int page, int size) {
        var rows = after == null ? rows(clauses, params, order.sql, size + 1, (long) page * size)
                : seek(clauses, params, after, size + 1);
        boolean more = rows.size() > size;
        var shown = more ? rows.subList(0, size) : rows;
        var ids = shown.stream().map(Row::id).toList();
        long total;
        boolean capped;
        if (after != null) {
            total = after.total();
            capped = after.capped();
        } else if (page == 0 && !more) {
            total = rows.size(); // the whole list is on this page: nothing to count
            capped = false;
        } else {
            long counted = count(clauses, params);
            total = Math.min(counted, CasePage.COUNT_CAP);
            capped = counted > CasePage.COUNT_CAP;
        }
        var next = more ? cursorAt(order, shown.get(size - 1), total, capped).token() : null;
        return new Found(ids, total, capped, next);
    }

    /** The rows after the cursor; a deadline cursor reads the rows with a clock, then those without. */
    private List<Row> seek(List<String> clauses, Map<String, Object> params, Cursor after, int limit) {
        if (after.order() == Order.NEWEST) {
            return rows(with(clauses, "(reported_at, id) < (:afterAt, :afterId)"), bound(params, after), Order.NEWEST.sql,
                    limit, 0);
        }
        if (after.order() == Order.STREET) {
            // Each part is one range of the street index: the rest of the cursor's street with a clock, its cases
            // without one, then the following streets.
            var all = bound(params, after);
            all.put("afterKey", after.key());
            var rows = new ArrayList<Row>();
            if (after.at() != null) {
                rows.addAll(rows(with(clauses, "street_code = :afterKey and (due_at, id) > (:afterAt, :afterId)"), all,
                        "due_at asc, id asc", limit, 0));
            }
            if (rows.size() < limit) {
                var noClock = after.at() == null ? "street_code = :afterKey and due_at is null and id > :afterId"
                        : "street_code = :afterKey and due_at is null";
                // In the street index's order (the same as "id asc" here), so that the index serves it.
                rows.addAll(rows(with(clauses, noClock), all, Order.STREET.sql, limit - rows.size(), 0));
            }
            if (rows.size() < limit) {
                rows.addAll(rows(with(clauses, "street_code > :afterKey"), all, Order.STREET.sql, limit - rows.size(), 0));
            }
            return rows;
        }
        var rows = new ArrayList<Row>();
        if (after.at() != null) {
            rows.addAll(rows(with(clauses, "(due_at, id) > (:afterAt, :afterId)"), bound(params, after),
                    "due_at asc, id asc", limit, 0));
        }
        if (rows.size() < limit) {
            var noClock = after.at() == null ? with(clauses, "due_at is null and id > :afterId") : with(clauses, "due_at is null");
            rows.addAll(rows(noClock, bound(params, after), "id asc", limit - rows.size(), 0));
        }
        return rows;
    }

    private List<Row> rows(List<String> clauses, Map<String, Object> params, String order, int limit, long offset) {
        return jdbc.sql("select id, due_at, reported_at, street_code from cases" + where(clauses) + " order by " + order
                + " limit :limit offset :offset").params(params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getLong("id"), fromDb(rs, "due_at"), fromDb(rs, "reported_at"),
                        rs.getString("street_code"))).list();
    }

    private static Cursor cursorAt(Order order, Row row, long total, boolean capped) {
        return new Cursor(order, order == Order.NEWEST ? row.reported() : row.due(), row.id(), total, capped,
                order == Order.STREET ? row.street() : null);
    }

    private static List<String> with(List<String> clauses, String clause) {
        var all = new ArrayList<>(clauses);
        all.add(clause);
        return all;
    }

    /** The rows matching, counted up to one past {@link CasePage#COUNT_CAP} (as the lists count). */
    long countCapped(List<String> clauses, Map<String, Object> params) {
        return count(clauses, params);
    }

    private static Map<String, Object> bound(Map<String, Object> params, Cursor after) {
        var all = new java.util.LinkedHashMap<>(params);
        all.put("afterAt", toDb(after.at()));
        all.put("afterId", after.id());
        return all;
    }

    /**
     * A department's cases, led or assisted (the handler's scope; bound parameter {@code dept}). Lists read it newest
     * first with {@code exists}, checking each row against the assist key; its count is taken as two index scans
     * instead (see {@link #count}), since an OR over a sub-query leaves the planner only a sequential scan.
     */
    static final String DEPARTMENT_SCOPE = "(lead_department_id = :dept or exists (select 1 from case_assist a "
            + "where a.case_id = cases.id and a.department_id = :dept))";

    /**
     * The rows matching, counted up to one past the cap. In the department's scope: the led cases and the assisted
     * ones, each branch stopping one past the cap, their union counted (a case both led and assisted once); the
     * union reaches the cap exactly when the scope does.
     */
    private long count(List<String> clauses, Map<String, Object> params) {
        int limit = CasePage.COUNT_CAP + 1;
        if (!clauses.contains(DEPARTMENT_SCOPE)) {
            return jdbc.sql("select count(*) from (select 1 from cases" + where(clauses) + " limit " + limit + ") c")
                    .params(params).query(Long.class).single();
        }
        var rest = new java.util.ArrayList<>(clauses);
        rest.remove(DEPARTMENT_SCOPE);
        var others = rest.stream().map(clause -> " and " + clause).collect(java.util.stream.Collectors.joining());
        return jdbc.sql("select count(*) from ("
                + "(select cases.id from cases where lead_department_id = :dept" + others + " limit " + limit + ")"
                + " union (select cases.id from case_assist a join cases on cases.id = a.case_id"
                + " where a.department_id = :dept" + others + " limit " + limit + ")) c")
                .params(params).query(Long.class).single();
    }

    private static String where(List<String> clauses) {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
