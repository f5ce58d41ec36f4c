package org.urbangrid.console.web;

import java.util.Locale;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;

/** What every console page knows: who is logged in and in which language the page speaks. */
@ControllerAdvice(basePackages = "org.urbangrid.console")
class ConsoleModel {

    private final CurrentStaff current;

    ConsoleModel(CurrentStaff current) {
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
}
