package org.urbangrid.notifications;

import java.util.List;

/** Newest first; {@code nextBefore} is the id to ask for the next (older) page with, null on the last page. */
public record NotificationPage(List<Notification> notifications, Long nextBefore) {}
