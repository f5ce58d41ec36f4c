package org.urbangrid.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * What the console's layout needs on the notification pages (who is logged in; the language is a request attribute
 * every page has), and a refusal (an unknown message) shown as the administration's error page.
 */
@ControllerAdvice(assignableTypes = NotificationPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationPageSupport {

    private final CurrentStaff current;
    private final MessageSource messages;

    NotificationPageSupport(CurrentStaff current, MessageSource messages) {
        this.current = current;
        this.messages = messages;
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return current.signedIn().orElse(null);
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("me", me());
        model.addAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
        return "admin/error";
    }
}
