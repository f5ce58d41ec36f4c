package org.urbangrid.notifications;

/**
 * A message to enqueue (待发送的通知). Built by {@link #webhook}, {@link #sms} or {@link #log}, optionally with a
 * dedupe key ({@link #dedupedBy}).
 *
 * @param kind the channel
 * @param recipient the webhook URL ({@code http} or {@code https}), the phone number, or any text for a log line
 * @param eventType what happened, as the receiver tells events apart ({@code case.closed}); sent as
 *        {@code X-UrbanGrid-Event}
 * @param subject a short title (shown to administrators and in log lines; not sent by webhook or SMS); may be null
 * @param body the webhook's raw JSON, the SMS text, or the log line's text
 * @param endpointKey the webhook endpoint's name (a subscriber, e.g. {@code hotline-12345}), shown to administrators;
 *        null for other kinds
 * @param secret the webhook endpoint's shared secret the body is signed with; null for other kinds
 * @param dedupeKey when not null, unique among all messages: enqueuing a second message with the same key stores
 *        nothing and returns the first message's id. Callers prefix it with their module
 *        ({@code open311:case-123:closed})
 */
public record NewNotification(NotificationKind kind, String recipient, String eventType, String subject, String body,
        String endpointKey, String secret, String dedupeKey) {

    /** A signed webhook: POST {@code jsonBody} to {@code url}. */
    public static NewNotification webhook(String endpointKey, String url, String secret, String eventType,
            String jsonBody) {
        return new NewNotification(NotificationKind.WEBHOOK, url, eventType, null, jsonBody, endpointKey, secret, null);
    }

    /** A text message to a phone number. */
    public static NewNotification sms(String phone, String eventType, String text) {
        return new NewNotification(NotificationKind.SMS, phone, eventType, null, text, null, null, null);
    }

    /** A log line. */
    public static NewNotification log(String recipient, String eventType, String subject, String body) {
        return new NewNotification(NotificationKind.LOG, recipient, eventType, subject, body, null, null, null);
    }

    /** The same message with a dedupe key: a message with this key is stored once. */
    public NewNotification dedupedBy(String key) {
        return new NewNotification(kind, recipient, eventType, subject, body, endpointKey, secret, key);
    }

    /** The same message with a subject. */
    public NewNotification withSubject(String title) {
        return new NewNotification(kind, recipient, eventType, title, body, endpointKey, secret, dedupeKey);
    }
}
