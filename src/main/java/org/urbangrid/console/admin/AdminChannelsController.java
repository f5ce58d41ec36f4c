package org.urbangrid.console.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.channels.ChannelKind;
import org.urbangrid.channels.Channels;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 接入渠道: the channels (citizen pages, hotline systems, Open311 clients), a form to add one, and each channel's
 * settings and API keys — issued with the key shown on that one answer only (never kept, never redirected through
 * the session), revoked at once after a confirmation. The same as {@code /api/channels}, for people.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminChannelsController {

    /** The sources a channel may report as: the citizens' and the hotlines'. */
    static final List<CaseSource> SOURCES = List.of(CaseSource.PUBLIC, CaseSource.HOTLINE_12345, CaseSource.HOTLINE_12319);

    private final Channels channels;
    private final Refusals refusals;
    private final PlatformProperties platform;

    AdminChannelsController(Channels channels, Refusals refusals, PlatformProperties platform) {
        this.channels = channels;
        this.refusals = refusals;
        this.platform = platform;
    }

    @GetMapping("/admin/channels")
    String list(Model model) {
        model.addAttribute("channels", channels.list());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", ChannelForm.empty());
        }
        choices(model);
        return "admin/channels";
    }

    @PostMapping("/admin/channels")
    String create(ChannelForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var created = channels.create(form.channel());
            redirect.addFlashAttribute("flash", refusals.message("admin.channels.created", created.name(), created.code()));
            return "redirect:/admin/channels/" + created.id();
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            model.addAttribute("typed", form);
            return list(model);
        }
    }

    @GetMapping("/admin/channels/{id}")
    String channel(@PathVariable long id, Model model) {
        var channel = channels.require(id);
        model.addAttribute("channel", channel);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", ChannelForm.of(channel));
        }
        model.addAttribute("keys", channels.keys(id));
        model.addAttribute("zone", platform.zone());
        choices(model);
        return "admin/channel";
    }

    @PostMapping("/admin/channels/{id}")
    String update(@PathVariable long id, ChannelForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var saved = channels.update(id, form.channel(), form.activeChosen());
            redirect.addFlashAttribute("flash", refusals.message("admin.channels.saved", saved.name()));
            return "redirect:/admin/channels/" + id;
        } catch (UrbanGridException e) {
            model.addAttribute("typed", form);
            return refused(id, e, model, response);
        }
    }

    /** The new key is on this answer only. */
    @PostMapping("/admin/channels/{id}/keys")
    String issue(@PathVariable long id, @RequestParam(required = false) String label, Model model,
            HttpServletResponse response) {
        try {
            if (label != null && label.strip().length() > 100) {
                throw Refusals.invalid("admin.channels.error.label");
            }
            var issued = channels.issueKey(id, label);
            model.addAttribute("issuedKey", issued.key());
            model.addAttribute("issuedPrefix", issued.details().prefix());
            return channel(id, model);
        } catch (UrbanGridException e) {
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/admin/channels/{id}/keys/{keyId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long keyId, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var key = channels.keys(id).stream().filter(k -> k.id() == keyId).findFirst()
                    .orElseThrow(() -> UrbanGridException.notFound("error.channel.key-not-found", keyId));
            var revoked = channels.revokeKey(key.id());
            redirect.addFlashAttribute("flash", refusals.message("admin.channels.key-revoked", revoked.prefix()));
            return "redirect:/admin/channels/" + id;
        } catch (UrbanGridException e) {
            return refused(id, e, model, response);
        }
    }

    private void choices(Model model) {
        model.addAttribute("kinds", ChannelKind.values());
        model.addAttribute("sources", SOURCES);
    }

    private String refused(long id, UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return channel(id, model);
    }
}
