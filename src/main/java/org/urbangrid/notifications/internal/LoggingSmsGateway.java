package org.urbangrid.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.urbangrid.notifications.SmsGateway;

/** The gateway used while the city has plugged in none: logs each message, the phone number masked. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS (no gateway configured, logged only) to {}: {}", SmsGateway.mask(phone), text);
    }
}
