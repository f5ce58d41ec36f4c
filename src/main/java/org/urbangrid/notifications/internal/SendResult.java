package org.urbangrid.notifications.internal;

/**
 * What one try came to.
 *
 * @param httpStatus the webhook receiver's status, null when none
 * @param error why it failed, null when delivered
 */
public record SendResult(boolean delivered, Integer httpStatus, String error) {

    public static SendResult ok(Integer httpStatus) {
        return new SendResult(true, httpStatus, null);
    }

    public static SendResult failed(Integer httpStatus, String error) {
        return new SendResult(false, httpStatus, error == null ? "failed" : error);
    }
}
