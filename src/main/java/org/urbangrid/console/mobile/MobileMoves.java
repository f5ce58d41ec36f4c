package org.urbangrid.console.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/** 核实 / 核查 from the phone: one move with an optional camera photo and a comment. */
@Controller
class MobileMoves {

    private final CaseManagement cases;
    private final PhotoStore photos;
    private final CurrentStaff current;
    private final TransactionTemplate tx;
    private final MessageSource messages;

    MobileMoves(CaseManagement cases, PhotoStore photos, CurrentStaff current, TransactionTemplate tx,
            MessageSource messages) {
        this.cases = cases;
        this.photos = photos;
        this.current = current;
        this.tx = tx;
        this.messages = messages;
    }

    @PostMapping("/m/cases/{id}/moves")
    String move(@PathVariable long id, @RequestParam CaseMove move,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Long expectedVersion,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect, Locale locale) {
        var me = current.require(Role.INSPECTOR);
        if (!MobilePages.PHONE_MOVES.contains(move)) {
            throw UrbanGridException.invalid("mobile.error.move-not-here", move);
        }
        try {
            // The photo and the move commit together: a refused move leaves no stray photo behind.
            var kase = tx.execute(status -> {
                var ids = photo == null || photo.isEmpty() ? List.<String>of() : List.of(photos.store(bytes(photo), me.id()).id());
                return cases.move(id, move, new MoveCommand(expectedVersion, blankToNull(comment), ids, null, null,
                        null, null, null, null, null));
            });
            redirect.addFlashAttribute("flash", messages.getMessage("mobile.move.done",
                    new Object[] {messages.getMessage("mobile.move." + move.name(), null, locale), kase.number()}, locale));
            return "redirect:/m";
        } catch (UrbanGridException refused) {
            redirect.addFlashAttribute("error", messages.getMessage(refused.messageKey(), refused.args(), locale));
            redirect.addFlashAttribute("comment", comment);
            return "redirect:/m/cases/" + id;
        }
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
