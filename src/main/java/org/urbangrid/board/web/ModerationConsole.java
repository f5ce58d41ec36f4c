package org.urbangrid.board.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.platform.UrbanGridException;

/**
 * 公开审核 (operators): the citizen reports whose text and photos the centre has not seen, newest first (keyset by
 * report time and id), each with its text and original photos; "公开" approves it in one click
 * ({@link CaseMove#APPROVE_PUBLIC}); "屏蔽" hides a phrase and/or photos with a reason ({@link CaseMove#HIDE_PUBLIC}; the
 * reason stays in the case's history) and, unless unticked, then shows the rest. Both moves are made through
 * {@link CaseManagement#move} as the logged-in operator, so the move table's role and scope rules apply.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class ModerationConsole {

    static final int PAGE = 20;

    /** One unseen report as the page shows it. */
    public record Unseen(CaseView kase, String className, String streetName, String reportedAt, List<String> photoIds) {}

    private final CaseQueries queries;
    private final CaseManagement management;
    private final BoardWords words;

    ModerationConsole(CaseQueries queries, CaseManagement management, BoardWords words) {
        this.queries = queries;
        this.management = management;
        this.words = words;
    }

    @GetMapping("/console/moderation")
    String list(@RequestParam(required = false) Instant at, @RequestParam(required = false) Long id, Model model) {
        var found = queries.unseenPublic(at, id, PAGE + 1);
        var shown = found.stream().limit(PAGE).map(c -> new Unseen(c, words.className(c.classCode()),
                words.gridName(c.streetCode()), words.time(c.reportedAt()),
                c.history().isEmpty() ? List.of() : c.history().get(0).photoIds())).toList();
        model.addAttribute("unseen", shown);
        var last = found.size() > PAGE ? found.get(PAGE - 1) : null;
        model.addAttribute("nextAt", last == null ? null : last.reportedAt().toString());
        model.addAttribute("nextId", last == null ? null : last.id());
        return "board/console-moderation";
    }

    @PostMapping("/console/moderation/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            var after = management.move(id, CaseMove.APPROVE_PUBLIC, command(version, null, null, null));
            redirect.addFlashAttribute("flash", words.text("board.moderation.approved", after.number()));
        } catch (UrbanGridException e) {
            refused(e, redirect);
        }
        return "redirect:/console/moderation";
    }

    @PostMapping("/console/moderation/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String hiddenText,
            @RequestParam(required = false) List<String> hiddenPhotoIds,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false, defaultValue = "false") boolean approve, RedirectAttributes redirect) {
        try {
            var after = management.move(id, CaseMove.HIDE_PUBLIC, command(version, reason,
                    hiddenText == null || hiddenText.isBlank() ? null : hiddenText, hiddenPhotoIds));
            if (approve && after.movesAllowedNow().contains(CaseMove.APPROVE_PUBLIC)) {
                after = management.move(id, CaseMove.APPROVE_PUBLIC, command(after.version(), null, null, null));
            }
            redirect.addFlashAttribute("flash", words.text(approve ? "board.moderation.hidden-approved"
                    : "board.moderation.hidden", after.number()));
        } catch (UrbanGridException e) {
            refused(e, redirect);
        }
        return "redirect:/console/moderation";
    }

    private void refused(UrbanGridException e, RedirectAttributes redirect) {
        if (e.status().value() == 403) {
            throw e;
        }
        redirect.addFlashAttribute("error", words.refusal(e));
    }

    private static MoveCommand command(Long version, String comment, String hiddenText, List<String> hiddenPhotos) {
        return new MoveCommand(version, comment, null, null, null, null, null, null, null, null, null, hiddenText,
                hiddenPhotos == null || hiddenPhotos.isEmpty() ? null : hiddenPhotos);
    }
}
