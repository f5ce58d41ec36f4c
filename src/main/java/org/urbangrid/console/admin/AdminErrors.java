package org.urbangrid.console.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.urbangrid.platform.UrbanGridException;

/** A refusal no page caught (an unknown class in the address, say) becomes a friendly page, not a stack trace. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private final Refusals refusals;

    AdminErrors(Refusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return "admin/error";
    }
}
