package org.urbangrid.notifications;

class NotificationAdminTest extends NotificationAdminContract {}
