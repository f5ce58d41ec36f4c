package org.urbangrid.notifications.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.notifications.NotificationStatus;
import org.urbangrid.notifications.Notifications;
import org.urbangrid.platform.PlatformProperties;

/**
 * 通知 page (administrators): the outbox newest first, 50 a page, paged by the last id shown (keyset), filtered by
 * status; a message with its tries and a button that redelivers it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NotificationPages {

    private final Notifications notifications;
    private final PlatformProperties platform;
    private final MessageSource messages;

    NotificationPages(Notifications notifications, PlatformProperties platform, MessageSource messages) {
        this.notifications = notifications;
        this.platform = platform;
        this.messages = messages;
    }

    @GetMapping("/admin/notifications")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long before,
            Model model) {
        var chosen = status(status);
        model.addAttribute("page", notifications.page(chosen, before, 50));
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("counts", notifications.counts());
        model.addAttribute("first", before == null);
        model.addAttribute("filterQuery", chosen == null ? "" : "?status=" + chosen.name());
        model.addAttribute("zone", platform.zone());
        return "admin/notifications";
    }

    @GetMapping("/admin/notifications/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", notifications.detail(id));
        model.addAttribute("zone", platform.zone());
        return "admin/notification";
    }

    @PostMapping("/admin/notifications/{id}/redeliver")
    String redeliver(@PathVariable long id, RedirectAttributes redirect) {
        notifications.redeliver(id);
        redirect.addFlashAttribute("flash", messages.getMessage("notifications.admin.redelivered",
                new Object[] {String.valueOf(id)}, LocaleContextHolder.getLocale()));
        return "redirect:/admin/notifications/" + id;
    }

    private static NotificationStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (var status : NotificationStatus.values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        return null;
    }
}
