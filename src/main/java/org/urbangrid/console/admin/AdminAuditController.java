package org.urbangrid.console.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 审计日志: every administrative change, newest first, 50 a page, paged by the last id shown (keyset); filtered by
 * area (entity kind), actor and a date range in the platform's zone; each change shown as the fields it changed.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

    private final AuditLog audit;
    private final AuditView rows;
    private final PlatformProperties platform;
    private final Refusals refusals;

    AdminAuditController(AuditLog audit, AuditView rows, PlatformProperties platform, Refusals refusals) {
        this.audit = audit;
        this.rows = rows;
        this.platform = platform;
        this.refusals = refusals;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) Long actor,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long before, Model model, HttpServletResponse response) {
        var areas = audit.areas();
        var chosen = area != null && areas.contains(area) ? area : null;
        LocalDate fromDay = null;
        LocalDate toDay = null;
        try {
            fromDay = day(from, "from");
            toDay = day(to, "to");
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
        }
        var zone = platform.zone();
        var page = audit.page(chosen, actor, fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), before, 50);
        model.addAttribute("areas", areas);
        model.addAttribute("actors", audit.actors());
        model.addAttribute("area", chosen == null ? "" : chosen);
        model.addAttribute("actor", actor);
        model.addAttribute("from", fromDay == null ? from : fromDay.toString());
        model.addAttribute("to", toDay == null ? to : toDay.toString());
        model.addAttribute("page", page);
        model.addAttribute("rows", rows.rows(page.entries()));
        model.addAttribute("first", before == null);
        model.addAttribute("filterQuery", query(chosen, actor, fromDay, toDay));
        model.addAttribute("zone", zone);
        return "admin/audit";
    }

    /** The filters as a query string for the paging links ({@code ?area=staff&actor=1}), empty for none. */
    static String query(String area, Long actor, LocalDate from, LocalDate to) {
        var parts = new java.util.ArrayList<String>();
        if (area != null) {
            parts.add("area=" + java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (actor != null) {
            parts.add("actor=" + actor);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusals.invalid("admin.error.audit-date", field, text).with("field", field);
        }
    }
}
