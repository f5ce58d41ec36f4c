package org.urbangrid.notifications;

import java.util.List;

/** A message with every try to deliver it, oldest first. */
public record NotificationDetail(Notification notification, List<NotificationAttempt> attempts) {}
