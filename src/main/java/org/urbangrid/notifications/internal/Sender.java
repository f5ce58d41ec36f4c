package org.urbangrid.notifications.internal;

import org.urbangrid.notifications.NotificationKind;

/** Sends the messages of one channel. A sender does not throw: a failure is a {@link SendResult}. */
public interface Sender {

    NotificationKind kind();

    SendResult send(Outgoing message);
}
