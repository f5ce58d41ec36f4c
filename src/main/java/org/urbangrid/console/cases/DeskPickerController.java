package org.urbangrid.console.cases;

import java.util.ArrayList;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.console.web.ClassSearch;
import org.urbangrid.grid.Gazetteer;

/** htmx pickers: filing conditions by search text, and gazetteer places for an address. */
@Controller
class DeskPickerController {

    private static final int MAX_CLASSES = 15;

    private final Catalog catalog;
    private final ClassSearch classSearch;
    private final Gazetteer gazetteer;

    DeskPickerController(Catalog catalog, ClassSearch classSearch, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.classSearch = classSearch;
        this.gazetteer = gazetteer;
    }

    /** Active conditions of the classes found by name, code or pinyin initials ({@link ClassSearch}), as {@code <option>}s. */
    @GetMapping("/console/conditions")
    String conditions(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        var conditions = new ArrayList<FilingCondition>();
        if (!text.isBlank()) {
            classSearch.find(null, text.trim()).stream().limit(MAX_CLASSES)
                    .forEach(c -> catalog.conditionsOf(c.code()).stream().filter(FilingCondition::active).forEach(conditions::add));
        }
        model.addAttribute("conditions", conditions);
        return "cases/pickers :: conditions";
    }

    /** Roads, places and buildings whose name matches, each a button that puts its position on the map. */
    @GetMapping("/console/places")
    String places(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "address", required = false) String address, Model model) {
        var text = q != null ? q : address == null ? "" : address;
        model.addAttribute("places", text.isBlank() ? java.util.List.of() : gazetteer.search(text.trim(), 8));
        return "cases/pickers :: places";
    }
}
