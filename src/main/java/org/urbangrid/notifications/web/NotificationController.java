package org.urbangrid.notifications.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.notifications.Notification;
import org.urbangrid.notifications.NotificationDetail;
import org.urbangrid.notifications.NotificationPage;
import org.urbangrid.notifications.NotificationStatus;
import org.urbangrid.notifications.Notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin/notifications")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Notifications", description = "通知: the outbox of webhooks, SMS and log messages, administrators only")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Messages, newest first, optionally of one status; pass nextBefore as 'before' for the next page")
    NotificationPage page(@RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
        return notifications.page(status, before, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A message with every try to deliver it")
    NotificationDetail detail(@PathVariable long id) {
        return notifications.detail(id);
    }

    @PostMapping("/{id}/redeliver")
    @Operation(summary = "Makes a message pending and due now again, with a fresh count of tries")
    Notification redeliver(@PathVariable long id) {
        return notifications.redeliver(id);
    }
}
