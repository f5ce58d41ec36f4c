package org.urbangrid.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

/** The login page, and each role's home after logging in: inspectors to the phone pages, the rest to their queue. */
@Controller
class HomeController {

    private final CurrentStaff current;

    HomeController(CurrentStaff current) {
        this.current = current;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        var me = current.get();
        if (me.role() == Role.INSPECTOR) {
            return "redirect:/m";
        }
        if (me.role() == Role.ADMIN) {
            return "redirect:/admin";
        }
        return "redirect:/console";
    }
}
