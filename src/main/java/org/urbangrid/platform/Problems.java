package org.urbangrid.platform;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds the one problem shape every refusal has: {@code type} /problems/&lt;key&gt;, a localized {@code title}
 * and {@code detail}, and {@code code} = the message key. Arguments are shown as
 * {@link UrbanGridException#displayed} says (plain numbers, enum labels).
 */
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver locales;

    Problems(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    ProblemDetail of(HttpStatus status, String key, Locale locale, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(status, message(key, locale, args));
        problem.setType(URI.create("/problems/" + key));
        problem.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setProperty("code", key);
        return problem;
    }

    /** A refusal as its problem, with the properties it carries (the field it names …). */
    public ProblemDetail of(UrbanGridException refusal, Locale locale) {
        var problem = of(refusal.status(), refusal.messageKey(), locale, refusal.args());
        refusal.properties().forEach(problem::setProperty);
        return problem;
    }

    /** For code outside Spring MVC (a servlet filter): the locale comes from the request as the MVC would read it. */
    ProblemDetail of(HttpServletRequest request, HttpStatus status, String key, Object... args) {
        return of(status, key, locales.resolveLocale(request), args);
    }

    /** The message; a pattern that cannot take the shown arguments ({@code {0,number}}) is shown unfilled, not a 500. */
    String message(String key, Locale locale, Object... args) {
        try {
            return messages.getMessage(key, UrbanGridException.displayed(args, messages, locale), key, locale);
        } catch (IllegalArgumentException badPattern) {
            return messages.getMessage(key, null, key, locale);
        }
    }
}
