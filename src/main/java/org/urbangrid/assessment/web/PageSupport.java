package org.urbangrid.assessment.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/**
 * Refusals on the assessment pages shown as a page in the page's language (who is logged in and the language come
 * from the console's page model, as for every page in its layout).
 */
@ControllerAdvice(assignableTypes = {RankingPages.class, FormulaPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageSupport {

    private final CurrentStaff current;
    private final MessageSource messages;

    PageSupport(CurrentStaff current, MessageSource messages) {
        this.current = current;
        this.messages = messages;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        return error(model, e.message(messages, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(403);
        return error(model, text("error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badInput(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        return error(model, text("assessment.error.badInput", e.getName()));
    }

    private String error(Model model, String message) {
        model.addAttribute("me", current.get()); // refusals are answered after a login only
        model.addAttribute("message", message);
        return "assessment/error";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
