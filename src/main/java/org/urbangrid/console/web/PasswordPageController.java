package org.urbangrid.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.SessionAccess;
import org.urbangrid.platform.UrbanGridException;

/** 修改密码: every person changes their own password; their other sessions and all their tokens end. */
@Controller
class PasswordPageController {

    private final Organization organization;
    private final CurrentStaff current;
    private final SessionAccess sessions;
    private final MessageSource messages;

    PasswordPageController(Organization organization, CurrentStaff current, SessionAccess sessions,
            MessageSource messages) {
        this.organization = organization;
        this.current = current;
        this.sessions = sessions;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String page(Model model) {
        model.addAttribute("minLength", Organization.MIN_PASSWORD);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatPassword, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!newPassword.equals(repeatPassword)) {
                throw UrbanGridException.invalid("console.password.mismatch");
            }
            organization.changeOwnPassword(current.get().id(), currentPassword, newPassword);
            sessions.keepThisSession(request);
            redirect.addFlashAttribute("flash", message("console.password.changed"));
            return "redirect:/account/password";
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    LocaleContextHolder.getLocale()));
            return page(model);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
