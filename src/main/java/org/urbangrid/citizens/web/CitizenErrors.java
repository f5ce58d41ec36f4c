package org.urbangrid.citizens.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.urbangrid.platform.UrbanGridException;

/** A refusal on a citizen page that is not redrawn in its form: a page saying what went wrong, with its 4xx status. */
@ControllerAdvice(assignableTypes = CitizenPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CitizenErrors {

    private final MessageSource messages;

    CitizenErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", e.message(messages, locale));
        return "public/error";
    }
}
