package org.urbangrid.console.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;

/**
 * What every page drawn in the console's layout knows: who is logged in and in which language the page speaks —
 * the console's own pages and the assessment module's (rankings, formulas, notices, inputs), named by package so
 * that no module depends on the console for it.
 */
@ControllerAdvice(basePackages = {"org.urbangrid.console", "org.urbangrid.assessment"})
class ConsoleModel {

    private final CurrentStaff current;

    ConsoleModel(CurrentStaff current) {
        this.current = current;
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return current.signedIn().orElse(null);
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return PageLanguage.of(locale);
    }
}
