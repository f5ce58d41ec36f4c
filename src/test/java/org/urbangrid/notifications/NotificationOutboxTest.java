package org.urbangrid.notifications;

class NotificationOutboxTest extends NotificationOutboxContract {}
