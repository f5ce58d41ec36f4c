package org.urbangrid.board.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * What the console's layout needs on the suggestion and moderation pages (who is logged in; the language is a
 * request attribute every page has), and a refusal shown as the board's console error page with its status.
 */
@ControllerAdvice(assignableTypes = {SuggestionConsole.class, ModerationConsole.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoardConsoleSupport {

    private final CurrentStaff current;
    private final BoardWords words;

    BoardConsoleSupport(CurrentStaff current, BoardWords words) {
        this.current = current;
        this.words = words;
    }

    @ModelAttribute("me")
    StaffPrincipal me() {
        return current.signedIn().orElse(null);
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("me", me());
        model.addAttribute("message", words.refusal(e));
        return "board/console-error";
    }
}
