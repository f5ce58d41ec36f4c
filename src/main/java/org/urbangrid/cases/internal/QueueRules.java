package org.urbangrid.cases.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.MoveRules.Guard;
import org.urbangrid.cases.MoveRules.Pending;
import org.urbangrid.cases.MoveRules.Queue;
import org.urbangrid.cases.MoveRules.Rule;
import org.urbangrid.organization.Role;

/**
 * 我的任务 per role, derived from {@link MoveRules}: a role's queue holds the cases in the states and pending
 * requests where that role has a legal move that is its work ({@link Queue#ALWAYS}, or {@link Queue#OVERDUE}
 * once overdue), each narrowed by the move's guards as SQL. {@link Guard#OWN_STREET} is the reader's street
 * scope, added to every query.
 *
 * @param sql a WHERE clause with the named parameters {@code :me} (the viewer's id) and {@code :dept} (their department)
 */
record QueueRules(String sql, boolean needsMe, boolean needsDepartment) {

    private static final Map<Role, QueueRules> BY_ROLE = new EnumMap<>(Role.class);

    static {
        for (var role : Role.values()) {
            BY_ROLE.put(role, derive(role));
        }
    }

    static QueueRules of(Role role) {
        return BY_ROLE.get(role);
    }

    /** The moves that put a case in this role's queue. */
    static List<Rule> queuedMoves(Role role) {
        return MoveRules.caseMoves().stream().filter(r -> r.roles().contains(role) && r.queue() != Queue.NEVER).toList();
    }

    /** The statuses a role's queue spans (its tabs), in workflow order. */
    static Set<CaseStatus> statuses(Role role) {
        var statuses = java.util.EnumSet.noneOf(CaseStatus.class);
        queuedMoves(role).forEach(r -> statuses.addAll(r.from()));
        statuses.retainAll(CaseStatus.open());
        return statuses;
    }

    /** The statuses the role works as a rule: a move always queued that needs no pending request. */
    static Set<CaseStatus> usualStatuses(Role role) {
        var statuses = java.util.EnumSet.noneOf(CaseStatus.class);
        queuedMoves(role).stream().filter(r -> r.queue() == Queue.ALWAYS && r.pending().allows(null))
                .forEach(r -> statuses.addAll(r.from()));
        statuses.retainAll(CaseStatus.open());
        return statuses;
    }

    /** Whether the role's queue holds cases because of a pending request (then its rows show the request). */
    static boolean holdsRequests(Role role) {
        return queuedMoves(role).stream().anyMatch(r -> !r.pending().allows(null));
    }

    /** Whether a case is in this person's queue, by the same rules as {@link #sql()}. */
    static boolean inQueue(CaseData d, org.urbangrid.organization.StaffPrincipal viewer, java.time.Instant now) {
        var allowed = MoveTable.yourMoves(d, viewer, now);
        return queuedMoves(viewer.role()).stream().anyMatch(r -> allowed.contains(r.move())
                && (r.queue() != Queue.OVERDUE || d.overdue));
    }

    private static QueueRules derive(Role role) {
        // Group the moves by (pending, guards, queue) and collect their states, so each group is one predicate.
        record Key(Pending pending, Set<Guard> guards, Queue queue) {}
        var groups = new LinkedHashMap<Key, Set<CaseStatus>>();
        for (var rule : queuedMoves(role)) {
            var guards = rule.guards().stream().filter(g -> g != Guard.OWN_STREET).collect(Collectors.toCollection(TreeSet::new));
            groups.computeIfAbsent(new Key(rule.pending(), guards, rule.queue()), k -> new TreeSet<>()).addAll(rule.from());
        }
        // A group another one already covers (its states, its pending requests, fewer guards, same queue) adds nothing.
        var keys = new ArrayList<>(groups.keySet());
        for (var b : keys) {
            boolean covered = keys.stream().anyMatch(a -> a != b && groups.containsKey(a) && a.queue() == b.queue()
                    && b.guards().containsAll(a.guards()) && groups.get(a).containsAll(groups.get(b))
                    && pendingValues(a.pending()).containsAll(pendingValues(b.pending())));
            if (covered) {
                groups.remove(b);
            }
        }
        var predicates = new ArrayList<String>();
        var used = new LinkedHashSet<Guard>();
        groups.forEach((key, statuses) -> {
            var parts = new ArrayList<String>();
            parts.add("status in (" + statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")");
            var pending = pendingSql(key.pending());
            if (pending != null) {
                parts.add(pending);
            }
            key.guards().forEach(g -> parts.add(guardSql(g)));
            used.addAll(key.guards());
            if (key.queue() == Queue.OVERDUE) {
                parts.add("overdue = true");
            }
            predicates.add("(" + String.join(" and ", parts) + ")");
        });
        var sql = predicates.isEmpty() ? "1 = 0" : "(" + String.join(" or ", predicates) + ")";
        return new QueueRules(sql, used.contains(Guard.ASSIGNED_INSPECTOR), used.contains(Guard.LEAD_DEPARTMENT));
    }

    private static Set<String> pendingValues(Pending pending) {
        var values = new java.util.HashSet<String>();
        if (pending.allows(null)) {
            values.add("none");
        }
        for (var kind : org.urbangrid.cases.RequestKind.values()) {
            if (pending.allows(kind)) {
                values.add(kind.name());
            }
        }
        return values;
    }

    private static String pendingSql(Pending pending) {
        return switch (pending) {
            case NONE -> "pending_kind is null";
            case NONE_OR_HANDLING_REQUEST, NOT_CANCEL -> "(pending_kind is null or pending_kind <> 'CANCEL')";
            case HANDLING_REQUEST -> "pending_kind in ('EXTENSION', 'RETURN', 'SUSPENSION')";
            case CANCEL_REQUEST -> "pending_kind = 'CANCEL'";
            case ANY -> null;
        };
    }

    private static String guardSql(Guard guard) {
        return switch (guard) {
            case ASSIGNED_INSPECTOR -> "assigned_inspector_id = :me";
            case LEAD_DEPARTMENT -> "lead_department_id = :dept";
            case INSPECTOR_SOURCED -> "source in ('INSPECTOR', 'CHIEF')";
            case FIRST_STEP_OPEN -> "(safe_due_at is not null and made_safe_at is null)";
            case HOTLINE_SOURCED -> "source in ('HOTLINE_12345', 'HOTLINE_12319')";
            case PUBLIC_UNSEEN -> "public_seen_at is null";
            case REOPEN_WINDOW -> throw new IllegalArgumentException("a move on demand: in no queue");
            case OWN_STREET -> throw new IllegalArgumentException("the street scope is added by the reader");
        };
    }
}
