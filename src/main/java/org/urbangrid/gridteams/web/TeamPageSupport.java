package org.urbangrid.gridteams.web;

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
 * What the console's layout needs on the grid-team pages (who is logged in; the language is a request attribute
 * every page has), and a refusal shown as this module's error page with its status.
 */
@ControllerAdvice(assignableTypes = {TeamPages.class, ChainUrgePage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeamPageSupport {

    private final CurrentStaff current;
    private final MessageSource messages;

    TeamPageSupport(CurrentStaff current, MessageSource messages) {
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
        model.addAttribute("message", e.message(messages, LocaleContextHolder.getLocale()));
        return "gridteams/error";
    }
}
