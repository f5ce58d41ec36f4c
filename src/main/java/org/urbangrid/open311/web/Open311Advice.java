package org.urbangrid.open311.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.urbangrid.open311.web.Open311Formats.Format;
import org.urbangrid.platform.UrbanGridException;

/**
 * Open311's errors: {@code [{"code":400,"description":"…"}]} or {@code <errors><error><code>…}, in the format the path
 * asked for ({@code .xml}: XML, anything else JSON), with 400, 403 or 404 as HTTP status and as {@code code}.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Advice {

    private final MessageSource messages;

    Open311Advice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Refusal.class)
    ResponseEntity<byte[]> refused(Open311Refusal e, HttpServletRequest request) {
        return Open311Formats.errors(format(request), e.status(), List.of(new Open311Model.Error(e.status().value(), e.getMessage())));
    }

    /** A refusal from another module that the controller did not translate (a lookup's 404, say). */
    @ExceptionHandler(UrbanGridException.class)
    ResponseEntity<byte[]> refused(UrbanGridException e, HttpServletRequest request) {
        var status = e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN ? e.status() : HttpStatus.BAD_REQUEST;
        var text = e.message(messages, LocaleContextHolder.getLocale());
        return Open311Formats.errors(format(request), status, List.of(new Open311Model.Error(status.value(), text)));
    }

    static Format format(HttpServletRequest request) {
        return request.getRequestURI().toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? Format.XML : Format.JSON;
    }
}
