package org.urbangrid.console.mobile;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.urbangrid.platform.UrbanGridException;

/** A refusal on a phone page is a page that says what went wrong, in the page's language, never a stack trace. */
@ControllerAdvice(assignableTypes = {MobilePages.class, MobileMoves.class, MobilePicker.class, MobileAnswers.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MobileErrors {

    private final MessageSource messages;

    MobileErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        return "mobile/error";
    }
}
