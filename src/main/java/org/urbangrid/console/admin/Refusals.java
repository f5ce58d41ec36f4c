package org.urbangrid.console.admin;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.UrbanGridException;

/** Turns the domain services' refusals into the sentence a page shows, in the request's language. */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    String message(UrbanGridException e) {
        return e.message(messages, LocaleContextHolder.getLocale());
    }

    String message(String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, UrbanGridException.displayed(args, messages, locale), key, locale);
    }

    /** The per-item {@code errors} property of an import refusal (index, code, message), empty when absent. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors(UrbanGridException e) {
        var errors = e.properties().get("errors");
        return errors instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    /** A refusal of the admin pages' own input checks, with a key of the console_admin bundle. */
    static UrbanGridException invalid(String key, Object... args) {
        return UrbanGridException.invalid(key, args);
    }
}
