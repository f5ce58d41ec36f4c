package org.urbangrid.console.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.grid.Grids;

/** The names beside the codes of the routing rules table, looked up once per page rather than per row. */
@Component
class RuleNames {

    private final Catalog catalog;
    private final Grids grids;

    RuleNames(Catalog catalog, Grids grids) {
        this.catalog = catalog;
        this.grids = grids;
    }

    /** Category codes (major class, class, condition) and area codes to their names. */
    Map<String, String> of(List<RoutingRule> rules) {
        var names = new HashMap<String, String>();
        for (CatalogClass c : catalog.classes(null, null)) {
            names.put(c.code(), c.name());
            names.putIfAbsent(c.code().substring(0, 3), c.majorName());
        }
        for (var rule : rules) {
            var category = rule.category();
            if (category != null && category.length() > 5) {
                names.putIfAbsent(category, names.get(category.substring(0, 5)));
            }
            if (rule.areaCode() != null) {
                grids.nameOf(rule.areaCode()).ifPresent(name -> names.putIfAbsent(rule.areaCode(), name));
            }
        }
        return names;
    }
}
