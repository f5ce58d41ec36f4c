/**
 * Notifications (通知): a durable outbox (发件箱) of messages to the world outside — signed webhooks (回调) to other
 * systems, SMS (短信) to citizens, log lines — enqueued in the transaction of the change that caused them and
 * delivered afterwards, retried with growing delays until acknowledged or given up. Other modules call
 * {@link org.urbangrid.notifications.Notifications}; receivers check a webhook with
 * {@link org.urbangrid.notifications.WebhookSignature}; a city plugs its SMS gateway in as a
 * {@link org.urbangrid.notifications.SmsGateway} bean. Administrators watch and redeliver at
 * {@code /admin/notifications}. See {@code docs/webhooks.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"platform", "organization", "audit"})
package org.urbangrid.notifications;
