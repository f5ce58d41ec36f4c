package org.urbangrid.console.cases;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

import jakarta.servlet.http.HttpServletResponse;

/** A refusal on a desk page becomes a friendly page in the person's language, never a stack trace. */
@ControllerAdvice(basePackageClasses = DeskCaseErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeskCaseErrors {

    private final DeskTexts texts;
    private final CurrentStaff current;

    DeskCaseErrors(DeskTexts texts, CurrentStaff current) {
        this.texts = texts;
        this.current = current;
    }

    private void who(Model model) {
        try {
            model.addAttribute("me", current.get());
        } catch (UrbanGridException nobody) {
            model.addAttribute("me", null);
        }
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        who(model);
        model.addAttribute("message", texts.refusal(e));
        return "cases/error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badInput(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        who(model);
        model.addAttribute("message", texts.get("cases.error.badInput", e.getName()));
        return "cases/error";
    }
}
