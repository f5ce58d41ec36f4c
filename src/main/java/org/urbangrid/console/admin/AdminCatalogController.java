package org.urbangrid.console.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.urbangrid.catalog.CatalogClass;
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

    /** One major class (大类) of the page: its classes after the filters and how many conditions they have. */
    record MajorGroup(CategoryKind kind, String majorCode, String name, List<CatalogClass> classes, long conditions) {}

    /**
     * The catalogue grouped by major class. {@code q} matches code, name or English name; {@code local} keeps the
     * city's own 21xx classes; {@code conditions} is {@code with} (an active filing condition) or {@code without}.
     */
    @GetMapping("/admin/catalog")
    String classes(@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean local, @RequestParam(required = false) String conditions,
            Model model) {
        var wanted = kindOf(kind);
        var text = q == null ? null : q.strip();
        var counts = administration.activeConditionCounts();
        var having = "with".equals(conditions) || "without".equals(conditions) ? conditions : "";
        var found = catalog.classes(wanted, text == null || text.length() > 50 ? null : text).stream()
                .filter(c -> local == null || !local || c.local())
                .filter(c -> having.isEmpty() || ("with".equals(having) == counts.containsKey(c.code())))
                .toList();
        var groups = new LinkedHashMap<String, List<CatalogClass>>();
        found.forEach(c -> groups.computeIfAbsent(c.kind() + "-" + c.majorCode(), k -> new ArrayList<>()).add(c));
        model.addAttribute("groups", groups.values().stream().map(list -> new MajorGroup(list.get(0).kind(),
                list.get(0).majorCode(), list.get(0).localMajorName(), list,
                list.stream().mapToLong(c -> counts.getOrDefault(c.code(), 0L)).sum())).toList());
        model.addAttribute("classCount", found.size());
        model.addAttribute("conditionCounts", counts);
        model.addAttribute("classes", found);
        model.addAttribute("kind", wanted == null ? "" : wanted.name());
        model.addAttribute("q", q);
        model.addAttribute("local", local != null && local);
        model.addAttribute("conditions", having);
        model.addAttribute("filtered", wanted != null || (text != null && !text.isEmpty()) || (local != null && local)
                || !having.isEmpty());
        model.addAttribute("kinds", CategoryKind.values());
        model.addAttribute("units", LimitUnit.values());
        return "admin/catalog";
    }

    @PostMapping("/admin/catalog/classes")
    String createClass(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String classNameEn, ConditionForm condition, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            if (name == null || name.isBlank() || name.strip().length() > 100) {
                throw Refusals.invalid("admin.error.class-name");
            }
            var created = administration.createLocalClass(code == null ? null : code.strip(), name.strip(),
                    classNameEn(classNameEn), List.of(condition.draft()));
            redirect.addFlashAttribute("flash", refusals.message("admin.catalog.class-created", created.code()));
            return "redirect:/admin/catalog/" + created.code();
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            model.addAttribute("typed", new TypedClass(code, name, classNameEn, condition));
            return classes(null, null, null, null, model);
        }
    }

    /** A refused new-class form as typed, shown again. */
    record TypedClass(String code, String name, String nameEn, ConditionForm condition) {}

    /** Renames a class, sets its English name, (de)activates it. */
    @PostMapping("/admin/catalog/{code}/class")
    String updateClass(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn, @RequestParam(required = false) Boolean active,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var found = catalog.findClass(code)
                .orElseThrow(() -> UrbanGridException.notFound("error.catalog.class-unknown", code));
        try {
            if (name == null || name.isBlank() || name.strip().length() > 100) {
                throw Refusals.invalid("admin.error.class-name");
            }
            administration.updateClass(found.code(), name.strip(), classNameEn(nameEn), active != null && active);
            redirect.addFlashAttribute("flash", refusals.message("admin.catalog.class-saved", code));
            return "redirect:/admin/catalog/" + code;
        } catch (UrbanGridException e) {
            model.addAttribute("typedName", name);
            model.addAttribute("typedNameEn", nameEn);
            return refused(e, code, "class", model, response);
        }
    }

    private static String classNameEn(String nameEn) {
        if (nameEn != null && nameEn.strip().length() > 200) {
            throw Refusals.invalid("admin.error.name-en", 200);
        }
        return nameEn == null ? "" : nameEn.strip();
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
                    draft.limit(), draft.closingCondition(), active, null, draft.nameEn()));
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
