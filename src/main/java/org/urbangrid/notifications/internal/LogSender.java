package org.urbangrid.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.urbangrid.notifications.NotificationKind;

/** 日志通知: writes the message to the log (logger {@code org.urbangrid.notifications.log}); always delivered. */
@Component
class LogSender implements Sender {

    private static final Logger log = LoggerFactory.getLogger("org.urbangrid.notifications.log");

    @Override
    public NotificationKind kind() {
        return NotificationKind.LOG;
    }

    @Override
    public SendResult send(Outgoing message) {
        log.info("notification {} [{}] to {}: {}{}", message.id(), message.eventType(), message.recipient(),
                message.subject() == null ? "" : message.subject() + " — ", message.body());
        return SendResult.ok(null);
    }
}
