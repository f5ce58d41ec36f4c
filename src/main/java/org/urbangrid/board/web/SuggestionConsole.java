package org.urbangrid.board.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.board.SuggestionStatus;
import org.urbangrid.board.Suggestions;
import org.urbangrid.platform.UrbanGridException;

/**
 * 意见箱 on the console (operators and shift leaders): the unanswered suggestions first, oldest on top, then the
 * answered and the hidden ones; answer one (it becomes public) or hide it with a reason. Keyset paging by id.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'SHIFT_LEADER')")
class SuggestionConsole {

    static final int PAGE = 20;

    /** A suggestion as the console lists it, its times in the city's zone. */
    public record Row(org.urbangrid.board.Suggestion s, String topic, String createdAt, String answeredAt,
            String hiddenAt) {}

    private final Suggestions suggestions;
    private final BoardWords words;

    SuggestionConsole(Suggestions suggestions, BoardWords words) {
        this.suggestions = suggestions;
        this.words = words;
    }

    @GetMapping("/console/suggestions")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long after,
            Model model) {
        var chosen = SuggestionStatus.NEW;
        for (var s : SuggestionStatus.values()) {
            if (s.name().equalsIgnoreCase(status == null ? "" : status.strip())) {
                chosen = s;
            }
        }
        var page = suggestions.forStaff(chosen, after, PAGE);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("rows", page.items().stream()
                .map(s -> new Row(s, words.text("board.topic." + s.topic().name()), words.time(s.createdAt()),
                        words.time(s.answeredAt()), words.time(s.hiddenAt())))
                .toList());
        model.addAttribute("next", page.next());
        model.addAttribute("waiting", suggestions.waiting());
        return "board/console-suggestions";
    }

    @PostMapping("/console/suggestions/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        try {
            var done = suggestions.answer(id, answer);
            redirect.addFlashAttribute("flash", words.text("board.console.answered", done.code()));
        } catch (UrbanGridException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", words.refusal(e));
        }
        return "redirect:/console/suggestions";
    }

    @PostMapping("/console/suggestions/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            var done = suggestions.hide(id, reason);
            redirect.addFlashAttribute("flash", words.text("board.console.hidden", done.code()));
        } catch (UrbanGridException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", words.refusal(e));
        }
        return "redirect:/console/suggestions";
    }
}
