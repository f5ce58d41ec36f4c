package org.urbangrid.console.admin;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.platform.PlatformProperties;

/** 审计日志: every administrative change, newest first, 50 a page, paged by the last id shown (keyset). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminAuditController {

    static final List<String> AREAS = List.of("catalog", "limits", "calendar", "routing", "grids", "staff", "departments");

    private final AuditLog audit;
    private final PlatformProperties platform;

    AdminAuditController(AuditLog audit, PlatformProperties platform) {
        this.audit = audit;
        this.platform = platform;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) Long before, Model model) {
        var chosen = area != null && AREAS.contains(area) ? area : null;
        model.addAttribute("areas", AREAS);
        model.addAttribute("area", chosen == null ? "" : chosen);
        model.addAttribute("page", audit.page(chosen, before, 50));
        model.addAttribute("first", before == null);
        model.addAttribute("zone", platform.zone());
        return "admin/audit";
    }
}
