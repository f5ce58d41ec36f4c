package org.urbangrid.notifications;

import java.time.Instant;

/**
 * One try to deliver a message (投递记录).
 *
 * @param delivered whether it was acknowledged
 * @param httpStatus the webhook receiver's status code, null when none came (timeout, refused) or not a webhook
 * @param error why it failed, null when delivered
 * @param durationMs how long the try took
 */
public record NotificationAttempt(long id, long notificationId, Instant at, boolean delivered, Integer httpStatus,
        String error, long durationMs) {}
