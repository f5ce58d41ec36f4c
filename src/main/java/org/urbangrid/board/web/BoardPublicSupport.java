package org.urbangrid.board.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.urbangrid.platform.UrbanGridException;

/** A refusal on the board's public pages (an unknown case or code, a bad month) as a public page with its status. */
@ControllerAdvice(assignableTypes = {BoardPages.class, SuggestionPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BoardPublicSupport {

    private final BoardWords words;

    BoardPublicSupport(BoardWords words) {
        this.words = words;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("message", words.refusal(e));
        model.addAttribute("field", e.properties().get("field"));
        return "board/error";
    }
}
