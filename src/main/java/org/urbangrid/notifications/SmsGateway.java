package org.urbangrid.notifications;

/**
 * The city's SMS gateway (短信网关). The platform ships one that only logs (the phone number masked); a city
 * declares its own as a Spring bean and every SMS goes through it. {@link #send} returning normally means the
 * gateway accepted the message; throwing means this attempt failed and it is tried again later.
 */
public interface SmsGateway {

    /**
     * Hands one text message to the gateway.
     *
     * @param phone the recipient's number as enqueued
     * @param text the message text
     * @throws RuntimeException when the gateway refused or could not be reached (the message is retried)
     */
    void send(String phone, String text);

    /** A phone number as logs may show it: the first 3 and last 4 digits, the rest as {@code *}. */
    static String mask(String phone) {
        if (phone == null) {
            return "";
        }
        var digits = phone.strip();
        if (digits.length() <= 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
