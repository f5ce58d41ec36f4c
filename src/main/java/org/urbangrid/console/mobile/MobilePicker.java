package org.urbangrid.console.mobile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

/** htmx fragments of the report page: classes matching the typed text, then the chosen class's filing conditions. */
@Controller
@RequestMapping("/m")
class MobilePicker {

    private final MobileCatalog catalog;
    private final CurrentStaff current;

    MobilePicker(MobileCatalog catalog, CurrentStaff current) {
        this.catalog = catalog;
        this.current = current;
    }

    @GetMapping("/classes")
    String classes(@RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) CategoryKind kind, Model model) {
        current.require(Role.INSPECTOR);
        model.addAttribute("classes", catalog.search(kind, text));
        return "mobile/picker :: classes";
    }

    @GetMapping("/conditions")
    String conditions(@RequestParam String classCode, Model model) {
        current.require(Role.INSPECTOR);
        model.addAttribute("conditions", catalog.activeConditionsOf(classCode));
        return "mobile/picker :: conditions";
    }
}
