package org.urbangrid.notifications;

/** Where a message stands (投递状态). */
public enum NotificationStatus {
    /** 待投递: waiting for its next attempt (at {@code nextAttemptAt}). */
    PENDING,
    /** 已送达: acknowledged by the receiver (a webhook answered 2xx, the gateway accepted the SMS). */
    DELIVERED,
    /** 已放弃: every attempt failed; an administrator may redeliver it. */
    FAILED
}
