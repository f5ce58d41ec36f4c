package org.urbangrid.assessment.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * What the assessment pages share with the rest of the console (the console module's own advice covers only its
 * packages): who is logged in, the page language, and refusals shown as a page in that language.
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

    @ModelAttribute("me")
    StaffPrincipal me() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return current.get();
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "zh-CN";
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
        model.addAttribute("me", me());
        model.addAttribute("message", message);
        return "assessment/error";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
