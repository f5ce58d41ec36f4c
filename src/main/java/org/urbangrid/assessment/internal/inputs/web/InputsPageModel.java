package org.urbangrid.assessment.internal.inputs.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/** What the console's layout expects of every page (who is logged in, the page's language), for these pages too. */
@ControllerAdvice(basePackageClasses = InputsPageModel.class)
class InputsPageModel {

    private final CurrentStaff current;

    InputsPageModel(CurrentStaff current) {
        this.current = current;
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

    /** A refusal as the sentence a page shows. */
    @Component
    static class PageMessages {

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
}
