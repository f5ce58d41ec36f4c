package org.urbangrid.notifications.internal;

import org.urbangrid.notifications.NotificationKind;

/**
 * A message a node has claimed and is about to send: everything a sender needs, the secret included.
 *
 * @param attempts tries made before this one
 * @param claim the token of this node's claim (its lease); only the holder records the outcome
 */
public record Outgoing(long id, NotificationKind kind, String recipient, String eventType, String subject,
        String body, String secret, int attempts, String claim) {}
