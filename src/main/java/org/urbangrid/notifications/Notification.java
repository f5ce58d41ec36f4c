package org.urbangrid.notifications;

import java.time.Instant;

/**
 * A stored message as administrators see it (the webhook secret is never shown).
 *
 * @param attempts tries since it was enqueued or last redelivered
 * @param nextAttemptAt when it is tried next (while PENDING)
 * @param lastError why the last try failed, null after a success
 */
public record Notification(long id, NotificationKind kind, String recipient, String endpointKey, String eventType,
        String subject, String body, String dedupeKey, NotificationStatus status, int attempts, Instant nextAttemptAt,
        Instant createdAt, Instant deliveredAt, String lastError) {

    /** The recipient as a page shows it: a phone number masked ({@link SmsGateway#mask}), anything else as is. */
    public String recipientShown() {
        return kind == NotificationKind.SMS ? SmsGateway.mask(recipient) : recipient;
    }
}
