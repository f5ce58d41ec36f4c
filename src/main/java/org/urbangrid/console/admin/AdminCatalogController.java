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
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.ConditionDraft;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.platform.UrbanGridException;

/** 分类与立案条件: search classes, edit a class's filing conditions and time limits, add local 21xx classes. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminCatalogController {

    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final Refusals refusals;

    AdminCatalogController(Catalog catalog, CatalogAdministration administration, Refusals refusals) {
        this.catalog = catalog;
        this.administration = administration;
        this.refusals = refusals;
    }

    @GetMapping("/admin/catalog")
    String classes(@RequestParam(required = false) String kind, @RequestParam(required = false) String q, Model model) {
        var wanted = kindOf(kind);
        var text = q == null ? null : q.strip();
        model.addAttribute("classes", catalog.classes(wanted, text == null || text.length() > 50 ? null : text));
        model.addAttribute("kind", wanted == null ? "" : wanted.name());
        model.addAttribute("q", q);
        model.addAttribute("kinds", CategoryKind.values());
        model.addAttribute("units", LimitUnit.values());
        return "admin/catalog";
    }

    @PostMapping("/admin/catalog/classes")
    String createClass(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            ConditionForm condition, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (name == null || name.isBlank() || name.strip().length() > 100) {
                throw Refusals.invalid("admin.error.class-name");
            }
            var created = administration.createLocalClass(code == null ? null : code.strip(), name.strip(),
                    List.of(condition.draft()));
            redirect.addFlashAttribute("flash", refusals.message("admin.catalog.class-created", created.code()));
            return "redirect:/admin/catalog/" + created.code();
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            return classes(null, null, model);
        }
    }

    @GetMapping("/admin/catalog/{code}")
    String detail(@PathVariable String code, Model model) {
        var found = catalog.findClass(code)
                .orElseThrow(() -> UrbanGridException.notFound("error.catalog.class-unknown", code));
        model.addAttribute("cls", found);
        model.addAttribute("conditions", catalog.conditionsOf(code));
        model.addAttribute("units", LimitUnit.values());
        return "admin/catalog-class";
    }

    @PostMapping("/admin/catalog/conditions/{code}")
    String updateCondition(@PathVariable String code, ConditionForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var condition = catalog.condition(code)
                .orElseThrow(() -> UrbanGridException.notFound("error.catalog.condition-unknown", code));
        try {
            var draft = form.draft();
            var active = form.active() != null && form.active();
            administration.updateCondition(code, new ConditionDraft(draft.description(),
                    draft.limit(), draft.closingCondition(), active));
            redirect.addFlashAttribute("flash", refusals.message("admin.catalog.condition-saved", code));
            return "redirect:/admin/catalog/" + condition.classCode();
        } catch (UrbanGridException e) {
            return refused(e, condition.classCode(), code, model, response);
        }
    }

    @PostMapping("/admin/catalog/{code}/conditions")
    String addCondition(@PathVariable String code, ConditionForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var added = administration.addCondition(code, form.draft());
            redirect.addFlashAttribute("flash", refusals.message("admin.catalog.condition-added", added.code()));
            return "redirect:/admin/catalog/" + code;
        } catch (UrbanGridException e) {
            return refused(e, code, "new", model, response);
        }
    }

    private static CategoryKind kindOf(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : CategoryKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String refused(UrbanGridException e, String classCode, String failed, Model model,
            HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        model.addAttribute("failed", failed);
        return detail(classCode, model);
    }
}
