package org.urbangrid.assessment.internal.inputs.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.UrbanGridException;

/** A refusal, or a message key, as the sentence a page of the assessment inputs shows in the page's language. */
@Component
class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(UrbanGridException e) {
        return e.message(messages, LocaleContextHolder.getLocale());
    }

    String of(String key, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, UrbanGridException.displayed(args, messages, locale), key, locale);
    }
}
