package org.urbangrid.board.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.board.SuggestionTopic;
import org.urbangrid.board.Suggestions;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.publicguard.PublicClient;

/**
 * 意见箱 {@code /public/suggestions}: the answered suggestions (text and answer, newest first, "more" by keyset), a
 * form to leave one (topic, text up to 1000 characters, an optional phone that is never shown; proof of work), and the
 * page a citizen reads the answer on with the code they were given ({@code /public/suggestions/{code}}).
 */
@Controller
class SuggestionPages {

    static final int PAGE = 20;

    private final Suggestions suggestions;
    private final ProofOfWork proofOfWork;
    private final BoardWords words;
    private final MessageSource messages;

    SuggestionPages(Suggestions suggestions, ProofOfWork proofOfWork, BoardWords words, MessageSource messages) {
        this.suggestions = suggestions;
        this.proofOfWork = proofOfWork;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping("/public/suggestions")
    String list(@RequestParam(required = false) Long before, Model model) {
        addList(model, before);
        return "board/suggestions";
    }

    @PostMapping("/public/suggestions")
    String leave(@RequestParam(required = false) String topic, @RequestParam(required = false) String text,
            @RequestParam(required = false) String phone, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            proofOfWork.verify(request);
            var code = suggestions.leave(topic, text, phone, PublicClient.of(request).deviceId());
            return "redirect:/public/suggestions/" + code + "?new";
        } catch (UrbanGridException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("error", refused.message(messages, LocaleContextHolder.getLocale()));
            model.addAttribute("errorField", refused.properties().get("field"));
            model.addAttribute("topic", topic);
            model.addAttribute("text", text);
            addList(model, null);
            return "board/suggestions";
        }
    }

    @GetMapping("/public/suggestions/{code}")
    String one(@PathVariable String code, @RequestParam(name = "new", required = false) String fresh, Model model) {
        var found = suggestions.byCode(code.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> UrbanGridException.notFound("error.suggestion.code-unknown", code));
        model.addAttribute("s", found);
        model.addAttribute("fresh", fresh != null);
        model.addAttribute("createdAt", words.time(found.createdAt()));
        model.addAttribute("answeredAt", words.time(found.answeredAt()));
        return "board/suggestion";
    }

    private void addList(Model model, Long before) {
        var page = suggestions.answeredPage(before, PAGE);
        model.addAttribute("answered", page.items().stream()
                .map(s -> new Shown(s.topic(), s.text(), s.answer(), words.time(s.createdAt()), words.time(s.answeredAt())))
                .toList());
        model.addAttribute("next", page.next());
        model.addAttribute("topics", SuggestionTopic.values());
        model.addAttribute("maxText", String.valueOf(Suggestions.MAX_TEXT));
    }

    /** An answered suggestion as the public list shows it. */
    public record Shown(SuggestionTopic topic, String text, String answer, String createdAt, String answeredAt) {}
}
