package org.urbangrid.notifications;

/** The channel (渠道) a message goes out on. */
public enum NotificationKind {
    /** 回调: an HTTP POST of the JSON body to the recipient URL, signed with the endpoint's shared secret. */
    WEBHOOK,
    /** 短信: the body as a text message to the recipient phone number, through the city's {@link SmsGateway}. */
    SMS,
    /** 日志: a line in the application log (for development and for events nobody subscribes to yet). */
    LOG
}
