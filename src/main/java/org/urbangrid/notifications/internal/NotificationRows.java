package org.urbangrid.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.notifications.NewNotification;
import org.urbangrid.notifications.Notification;
import org.urbangrid.notifications.NotificationAttempt;
import org.urbangrid.notifications.NotificationKind;
import org.urbangrid.notifications.NotificationStatus;
import org.urbangrid.platform.SqlTimes;

/** SQL of the outbox ({@code notification}, {@code notification_attempt}), the same on H2 and PostgreSQL. */
@Repository
public class NotificationRows {

    private static final String VIEW_COLUMNS = "id, kind, recipient, endpoint_key, event_type, subject, body, "
            + "dedupe_key, status, attempts, next_attempt_at, created_at, delivered_at, last_error";

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a pending message due at {@code now}; with a dedupe key already taken stores nothing (without failing
     * the caller's transaction) and answers the id of the message holding the key.
     */
    public long insert(NewNotification message, Instant now) {
        var sql = """
                insert into notification (kind, recipient, endpoint_key, event_type, subject, body, secret, dedupe_key,
                    status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""";
        var params = new Object[] {message.kind().name(), message.recipient(), message.endpointKey(),
                message.eventType(), message.subject(), message.body(), message.secret(), message.dedupeKey(),
                SqlTimes.toDb(now), SqlTimes.toDb(now)};
        if (message.dedupeKey() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql(sql).params(params).update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        }
        jdbc.sql(sql + " on conflict do nothing").params(params).update();
        return jdbc.sql("select id from notification where dedupe_key = ?").param(message.dedupeKey())
                .query(Long.class).single();
    }

    /** Ids of pending messages due at {@code now} that no node holds, the longest waiting first. */
    public List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("""
                select id from notification
                where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)
                order by next_attempt_at, id limit :limit""")
                .param("now", SqlTimes.toDb(now)).param("limit", limit).query(Long.class).list();
    }

    /**
     * Takes a due message for delivery until {@code until}: one conditional update, so of several nodes trying at
     * once exactly one succeeds (the others find it held and skip it). Empty when another node holds it or it is no
     * longer due.
     */
    public Optional<Outgoing> claim(long id, Instant now, Instant until, String claim) {
        int taken = jdbc.sql("""
                update notification set claimed_until = :until, claimed_by = :claim
                where id = :id and status = 'PENDING' and next_attempt_at <= :now
                  and (claimed_until is null or claimed_until <= :now)""")
                .param("until", SqlTimes.toDb(until)).param("claim", claim).param("id", id)
                .param("now", SqlTimes.toDb(now)).update();
        if (taken == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id, kind, recipient, event_type, subject, body, secret, attempts, claimed_by
                from notification where id = ? and claimed_by = ?""")
                .params(id, claim)
                .query((rs, row) -> new Outgoing(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("recipient"), rs.getString("event_type"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("secret"), rs.getInt("attempts"), rs.getString("claimed_by")))
                .optional();
    }

    /** Acknowledged: DELIVERED, the claim released. False when the claim was lost meanwhile. */
    public boolean delivered(Outgoing message, Instant at) {
        return jdbc.sql("""
                update notification set status = 'DELIVERED', attempts = attempts + 1, delivered_at = :at,
                    last_error = null, claimed_until = null, claimed_by = null
                where id = :id and claimed_by = :claim""")
                .param("at", SqlTimes.toDb(at)).param("id", message.id()).param("claim", message.claim())
                .update() == 1;
    }

    /**
     * A failed try: PENDING again from {@code next}, or given up (FAILED, {@code next} then only recorded); the claim
     * released. False when the claim was lost meanwhile.
     */
    public boolean failed(Outgoing message, String error, boolean givenUp, Instant next) {
        return jdbc.sql("""
                update notification set status = :status, attempts = attempts + 1, next_attempt_at = :next,
                    last_error = :error, claimed_until = null, claimed_by = null
                where id = :id and claimed_by = :claim""")
                .param("status", givenUp ? "FAILED" : "PENDING").param("next", SqlTimes.toDb(next))
                .param("error", error).param("id", message.id()).param("claim", message.claim()).update() == 1;
    }

    public void insertAttempt(long notificationId, Instant at, boolean delivered, Integer httpStatus, String error,
            long durationMs) {
        jdbc.sql("""
                insert into notification_attempt (notification_id, at, outcome, http_status, error, duration_ms)
                values (?, ?, ?, ?, ?, ?)""")
                .params(notificationId, SqlTimes.toDb(at), delivered ? "DELIVERED" : "FAILED", httpStatus, error,
                        durationMs)
                .update();
    }

    /**
     * Removes up to {@code limit} messages delivered before {@code before}, with their attempts (oldest first, along
     * {@code ix_notification_status_id}); returns how many. Pending and failed messages are never removed.
     */
    public int pruneDelivered(Instant before, int limit) {
        var ids = jdbc.sql("select id from notification where status = 'DELIVERED' and delivered_at < ? order by id"
                + " fetch first " + Math.max(1, limit) + " rows only")
                .param(SqlTimes.toDb(before)).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("delete from notification_attempt where notification_id in (:ids)").param("ids", ids).update();
        return jdbc.sql("delete from notification where id in (:ids) and status = 'DELIVERED'").param("ids", ids).update();
    }

    /** Every message delivered before {@code before}, 500 at a time; returns how many left the outbox. */
    public int pruneDeliveredBefore(Instant before) {
        int total = 0;
        int removed;
        do {
            removed = pruneDelivered(before, 500);
            total += removed;
        } while (removed == 500);
        return total;
    }

    /** Due again now, PENDING, with a fresh count of tries; a claim held by a node delivering it stays. */
    public boolean redeliver(long id, Instant now) {
        return jdbc.sql("update notification set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?")
                .params(SqlTimes.toDb(now), id).update() == 1;
    }

    public Optional<Notification> find(long id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification where id = ?").param(id)
                .query(NotificationRows::notification).optional();
    }

    /** Newest first, optionally of one status, older than {@code before}. */
    public List<Notification> page(NotificationStatus status, Long before, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (status != null) {
            where.add("status = ?");
            params.add(status.name());
        }
        if (before != null) {
            where.add("id < ?");
            params.add(before);
        }
        params.add(limit);
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id desc limit ?")
                .params(params).query(NotificationRows::notification).list();
    }

    /** Every try of a message, oldest first. */
    public List<NotificationAttempt> attempts(long notificationId) {
        return jdbc.sql("select * from notification_attempt where notification_id = ? order by id")
                .param(notificationId)
                .query((rs, row) -> new NotificationAttempt(rs.getLong("id"), rs.getLong("notification_id"),
                        SqlTimes.fromDb(rs, "at"), "DELIVERED".equals(rs.getString("outcome")),
                        rs.getObject("http_status", Integer.class), rs.getString("error"), rs.getLong("duration_ms")))
                .list();
    }

    /** How many messages are in a status. */
    public long count(NotificationStatus status) {
        return jdbc.sql("select count(*) from notification where status = ?").param(status.name())
                .query(Long.class).single();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"), rs.getString("endpoint_key"), rs.getString("event_type"),
                rs.getString("subject"), rs.getString("body"), rs.getString("dedupe_key"),
                NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                SqlTimes.fromDb(rs, "next_attempt_at"), SqlTimes.fromDb(rs, "created_at"),
                SqlTimes.fromDb(rs, "delivered_at"), rs.getString("last_error"));
    }
}
