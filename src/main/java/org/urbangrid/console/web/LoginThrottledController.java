package org.urbangrid.console.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The login page once too many attempts failed: the security filter forwards here with 429 and Retry-After. */
@Controller
class LoginThrottledController {

    @RequestMapping("/login/throttled")
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String throttled(@RequestAttribute(name = "throttledMinutes", required = false) Object minutes, Model model) {
        model.addAttribute("throttledMinutes", minutes == null ? 15 : minutes);
        return "login";
    }
}
