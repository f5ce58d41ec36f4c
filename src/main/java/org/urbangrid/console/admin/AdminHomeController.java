package org.urbangrid.console.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.deadline.HolidayNotices;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;

/** 系统管理首页: links to every section with a few counts. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHomeController {

    private final Grids grids;
    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final RoutingRules rules;
    private final Organization organization;
    private final HolidayNotices notices;

    AdminHomeController(Grids grids, Catalog catalog, CatalogAdministration administration, RoutingRules rules,
            Organization organization, HolidayNotices notices) {
        this.grids = grids;
        this.catalog = catalog;
        this.administration = administration;
        this.rules = rules;
        this.organization = organization;
        this.notices = notices;
    }

    @GetMapping("/admin")
    String home(Model model) {
        Map<String, Integer> gridCounts = new LinkedHashMap<>();
        for (var level : GridLevel.values()) {
            gridCounts.put(level.name(), grids.ofLevel(level).size());
        }
        model.addAttribute("gridCounts", gridCounts);
        model.addAttribute("classCount", catalog.classes(null, null).size());
        model.addAttribute("conditionCount", administration.conditionCount());
        model.addAttribute("componentCount", administration.componentCount());
        model.addAttribute("ruleCount", rules.list(false).size());
        model.addAttribute("departmentCount", organization.departments().size());
        model.addAttribute("userCount", Arrays.stream(Role.values())
                .mapToInt(role -> organization.staffWithRole(role).size()).sum());
        model.addAttribute("nextYearMissing", notices.nextYearMissing().orElse(null));
        return "admin/home";
    }
}
