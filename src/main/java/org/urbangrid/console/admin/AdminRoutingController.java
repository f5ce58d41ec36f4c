package org.urbangrid.console.admin;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;

/** 派遣规则: the rules table, create / edit / deactivate, and the "which department would get this?" tester. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminRoutingController {

    private final RoutingRules rules;
    private final RoutingPolicy policy;
    private final RoutingTest tester;
    private final RuleNames names;
    private final Organization organization;
    private final Refusals refusals;
    private final Grids grids;

    AdminRoutingController(RoutingRules rules, RoutingPolicy policy, RoutingTest tester, RuleNames names,
            Organization organization, Refusals refusals, Grids grids) {
        this.grids = grids;
        this.rules = rules;
        this.policy = policy;
        this.tester = tester;
        this.names = names;
        this.organization = organization;
        this.refusals = refusals;
    }

    /**
     * The rules in words with filters: {@code department} (id), {@code category} (a code prefix such as E01 or
     * E0102, or part of a class name), {@code area} (a street, community or unit code: rules for it and inside it).
     */
    @GetMapping("/admin/routing")
    String page(@RequestParam(required = false) Long edit, @RequestParam(required = false) Long department,
            @RequestParam(required = false) String category, @RequestParam(required = false) String area,
            Model model) {
        var departments = organization.departments();
        Map<Long, Department> byId = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        var all = rules.list(true);
        var wantedCategory = category == null || category.isBlank() ? null : category.strip();
        var wantedArea = area == null || area.isBlank() ? null : area.strip();
        var rows = names.rows(all).stream()
                .filter(r -> department == null || r.rule().departmentId() == department)
                .filter(r -> wantedCategory == null || matches(r, wantedCategory))
                .filter(r -> wantedArea == null || (r.rule().areaCode() != null
                        && (r.rule().areaCode().startsWith(wantedArea) || wantedArea.startsWith(r.rule().areaCode()))))
                .toList();
        model.addAttribute("rules", all);
        model.addAttribute("rows", rows);
        model.addAttribute("departments", departments);
        model.addAttribute("departmentsById", byId);
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("filterDepartment", department);
        model.addAttribute("filterCategory", wantedCategory);
        model.addAttribute("filterArea", wantedArea);
        model.addAttribute("filtered", department != null || wantedCategory != null || wantedArea != null);
        model.addAttribute("editing", edit == null ? null : rules.require(edit));
        return "admin/routing";
    }

    /** A category filter: the rule's code starts with it (or it with the rule's, for a narrower code), or the name has it. */
    private static boolean matches(RuleNames.RuleRow row, String wanted) {
        var code = row.rule().category();
        if (code == null) {
            return false;
        }
        var upper = wanted.toUpperCase(Locale.ROOT);
        return code.startsWith(upper) || upper.startsWith(code)
                || (row.what() != null && row.what().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT)));
    }

    @PostMapping("/admin/routing/rules")
    String create(RuleForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var rule = rules.create(form.rule());
            redirect.addFlashAttribute("flash", refusals.message("admin.routing.created", String.valueOf(rule.id())));
            return "redirect:/admin/routing";
        } catch (UrbanGridException e) {
            return refused(e, null, model, response);
        }
    }

    @PostMapping("/admin/routing/rules/{id}")
    String update(@PathVariable long id, RuleForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            rules.update(id, form.rule(), form.isActive());
            redirect.addFlashAttribute("flash", refusals.message("admin.routing.saved", String.valueOf(id)));
            return "redirect:/admin/routing";
        } catch (UrbanGridException e) {
            return refused(e, id, model, response);
        }
    }

    @PostMapping("/admin/routing/rules/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        rules.deactivate(id);
        redirect.addFlashAttribute("flash", refusals.message("admin.routing.deactivated", String.valueOf(id)));
        return "redirect:/admin/routing";
    }

    /** The tester's answer: a fragment for htmx, the whole page otherwise. */
    @GetMapping("/admin/routing/test")
    String test(@RequestParam(required = false) String category, @RequestParam(required = false) String grid,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("tested", true);
        try {
            var query = tester.query(category, grid, lat, lng);
            model.addAttribute("query", query);
            model.addAttribute("suggestion", policy.suggest(query).orElse(null));
        } catch (UrbanGridException e) {
            model.addAttribute("testError", refusals.message(e));
        }
        model.addAttribute("category", category);
        model.addAttribute("grid", grid);
        return htmx != null ? "admin/routing :: testResult" : page(null, null, null, null, model);
    }

    private String refused(UrbanGridException e, Long editing, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return page(editing, null, null, null, model);
    }
}
