package org.urbangrid.gridteams.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.gridteams.ChainUrges;
import org.urbangrid.platform.UrbanGridException;

/**
 * 沿责任链督办 on the console ({@code /console/cases/{id}/chain}): a leader sees everyone answerable at the case's place,
 * picks one or more, writes a message and an answer-by day; the page lists the urges made on the case.
 */
@Controller
@PreAuthorize("hasRole('LEADER')")
class ChainUrgePage {

    private final ChainUrges urges;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final org.urbangrid.platform.PlatformProperties platform;

    ChainUrgePage(ChainUrges urges, MessageSource messages, java.time.Clock clock,
            org.urbangrid.platform.PlatformProperties platform) {
        this.urges = urges;
        this.messages = messages;
        this.clock = clock;
        this.platform = platform;
    }

    @GetMapping("/console/cases/{id:\\d+}/chain")
    String page(@PathVariable long id, Model model) {
        var view = urges.caseFor(id);
        var today = LocalDate.now(clock.withZone(platform.zone()));
        model.addAttribute("kase", view);
        model.addAttribute("answerable", urges.answerable(view));
        var made = urges.urges(id);
        var format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(platform.zone());
        var times = new java.util.HashMap<Long, String>();
        made.forEach(u -> times.put(u.id(), format.format(u.urgedAt())));
        model.addAttribute("urges", made);
        model.addAttribute("urgeTimes", times);
        model.addAttribute("today", today);
        model.addAttribute("defaultBy", today.plusDays(3));
        model.addAttribute("lastBy", today.plusDays(ChainUrges.MAX_DAYS_AHEAD));
        model.addAttribute("maxMessage", ChainUrges.MAX_MESSAGE);
        return "gridteams/chain";
    }

    @PostMapping("/console/cases/{id:\\d+}/chain")
    String urge(@PathVariable long id, @RequestParam(name = "key", required = false) List<String> keys,
            @RequestParam(required = false) String message, @RequestParam(required = false) LocalDate answerBy,
            RedirectAttributes redirect) {
        try {
            var made = urges.urge(id, keys, message, answerBy);
            redirect.addFlashAttribute("flash", messages.getMessage("gridteams.flash.urged",
                    new Object[] {made.size()}, LocaleContextHolder.getLocale()));
        } catch (UrbanGridException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("message", message);
        }
        return "redirect:/console/cases/" + id + "/chain";
    }
}
