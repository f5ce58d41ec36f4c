package org.urbangrid.notifications;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class NotificationOutboxPostgresTest extends NotificationOutboxContract {}
