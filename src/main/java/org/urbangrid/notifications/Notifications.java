package org.urbangrid.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.notifications.internal.NotificationRows;
import org.urbangrid.platform.UrbanGridException;

/**
 * The notification outbox (通知发件箱). {@link #enqueue(NewNotification)} joins the caller's transaction, so a message
 * is stored together with the change that caused it, or not at all; called outside one it commits alone. Nothing is
 * sent inside the caller's transaction: the poller delivers due messages afterwards (within the scheduler's polling
 * interval), retrying with growing delays (10 s, 20 s, 40 s … at most 1 h, {@code urbangrid.notifications.*}) until
 * acknowledged or given up (FAILED). Delivery is at least once: receivers drop repeats by the message id.
 */
@Service
public class Notifications {

    /** The event type of messages enqueued by {@link #enqueue(NotificationKind, String, String, String)}. */
    public static final String DEFAULT_EVENT_TYPE = "notification";

    private static final int MAX_PAGE = 200;

    private final NotificationRows rows;
    private final Clock clock;
    private final AuditLog audit;

    Notifications(NotificationRows rows, Clock clock, AuditLog audit) {
        this.rows = rows;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Stores a message, due now.
     *
     * @return the message's id; with a {@link NewNotification#dedupeKey()} already stored, the id of the message
     *         that holds it (nothing new is stored)
     * @throws UrbanGridException 400 naming the {@code field}: no kind, recipient, event type or body; a webhook
     *         without an {@code http(s)} URL or without a secret; a value too long
     */
    @Transactional
    public long enqueue(NewNotification message) {
        check(message);
        return rows.insert(message, clock.instant());
    }

    /** A message of the default event type with a subject, e.g. an SMS or a log line (a webhook needs a secret). */
    @Transactional
    public long enqueue(NotificationKind kind, String recipient, String subject, String body) {
        return enqueue(new NewNotification(kind, recipient, DEFAULT_EVENT_TYPE, subject, body, null, null, null));
    }

    /** A signed webhook: {@code jsonBody} POSTed to {@code url}, signed with {@code secret}. */
    @Transactional
    public long enqueueWebhook(String endpointKey, String url, String secret, String eventType, String jsonBody) {
        return enqueue(NewNotification.webhook(endpointKey, url, secret, eventType, jsonBody));
    }

    /** {@link #enqueueWebhook(String, String, String, String, String)} stored once per dedupe key. */
    @Transactional
    public long enqueueWebhook(String endpointKey, String url, String secret, String eventType, String jsonBody,
            String dedupeKey) {
        return enqueue(NewNotification.webhook(endpointKey, url, secret, eventType, jsonBody).dedupedBy(dedupeKey));
    }

    /** Messages newest first, optionally of one status, older than the message {@code before} (keyset paging). */
    public NotificationPage page(NotificationStatus status, Long before, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        var found = rows.page(status, before, limit + 1);
        if (found.size() > limit) {
            var page = found.subList(0, limit);
            return new NotificationPage(List.copyOf(page), page.get(limit - 1).id());
        }
        return new NotificationPage(found, null);
    }

    /** A message with its tries; 404 when there is none. */
    public NotificationDetail detail(long id) {
        var notification = rows.find(id).orElseThrow(() -> UrbanGridException.notFound("notifications.error.not-found", id));
        return new NotificationDetail(notification, rows.attempts(id));
    }

    /**
     * 重新投递: makes a message PENDING and due now with a fresh count of tries, whatever its status (a delivered one is
     * sent again, for a receiver that lost it). Recorded in the audit log. 404 when there is none.
     */
    @Transactional
    public Notification redeliver(long id) {
        var before = rows.find(id).orElseThrow(() -> UrbanGridException.notFound("notifications.error.not-found", id));
        rows.redeliver(id, clock.instant());
        var after = rows.find(id).orElseThrow();
        audit.record("notifications", "redeliver", String.valueOf(id), state(before), state(after));
        return after;
    }

    /** How many messages are in each status. */
    public Map<NotificationStatus, Long> counts() {
        var counts = new java.util.EnumMap<NotificationStatus, Long>(NotificationStatus.class);
        for (var status : NotificationStatus.values()) {
            counts.put(status, rows.count(status));
        }
        return counts;
    }

    private static Map<String, Object> state(Notification n) {
        return Map.of("status", n.status().name(), "attempts", n.attempts(), "nextAttemptAt", n.nextAttemptAt().toString());
    }

    private static void check(NewNotification m) {
        if (m == null || m.kind() == null) {
            throw invalid("kind");
        }
        required("recipient", m.recipient(), 2000);
        required("eventType", m.eventType(), 200);
        if (m.body() == null) {
            throw invalid("body");
        }
        limit("subject", m.subject(), 500);
        limit("endpointKey", m.endpointKey(), 200);
        limit("dedupeKey", m.dedupeKey(), 200);
        if (m.dedupeKey() != null && m.dedupeKey().isBlank()) {
            throw invalid("dedupeKey");
        }
        if (m.kind() == NotificationKind.WEBHOOK) {
            if (!isHttpUrl(m.recipient())) {
                throw UrbanGridException.invalid("notifications.error.url", m.recipient()).with("field", "recipient");
            }
            if (m.secret() == null || m.secret().isBlank()) {
                throw UrbanGridException.invalid("notifications.error.secret").with("field", "secret");
            }
            limit("secret", m.secret(), 500);
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field);
        }
        limit(field, value, max);
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw UrbanGridException.invalid("notifications.error.too-long", field, max).with("field", field);
        }
    }

    private static UrbanGridException invalid(String field) {
        return UrbanGridException.invalid("notifications.error.required", field).with("field", field);
    }
}
