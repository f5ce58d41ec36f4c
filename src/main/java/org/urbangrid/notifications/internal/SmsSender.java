package org.urbangrid.notifications.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.urbangrid.notifications.NotificationKind;
import org.urbangrid.notifications.SmsGateway;

/** 短信: hands the body to the city's {@link SmsGateway} bean, or to one that only logs when there is none. */
@Component
class SmsSender implements Sender {

    private final SmsGateway gateway;

    SmsSender(ObjectProvider<SmsGateway> gateways) {
        this.gateway = gateways.getIfAvailable(LoggingSmsGateway::new);
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.SMS;
    }

    @Override
    public SendResult send(Outgoing message) {
        try {
            gateway.send(message.recipient(), message.body());
            return SendResult.ok(null);
        } catch (RuntimeException e) {
            return SendResult.failed(null, Errors.describe(e));
        }
    }
}
