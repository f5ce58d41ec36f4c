package org.urbangrid.console.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.Localized;

/**
 * The routing rules table in words, in the page's language: what (major class, class or condition by name), where
 * (area name), who (department name), looked up once per page rather than per row.
 */
@Component
class RuleNames {

    /** One rule as the table shows it; {@code what} and {@code where} are null for any category / the district. */
    record RuleRow(RoutingRule rule, String what, String where, String who) {}

    private final Catalog catalog;
    private final Grids grids;
    private final Organization organization;
    private final org.springframework.context.MessageSource messages;

    RuleNames(Catalog catalog, Grids grids, Organization organization,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.grids = grids;
        this.organization = organization;
    }

    List<RuleRow> rows(List<RoutingRule> rules) {
        var names = new HashMap<String, String>();
        for (CatalogClass c : catalog.classes(null, null)) {
            names.put(c.code(), c.localName());
            names.putIfAbsent(c.code().substring(0, 3), c.localMajorName());
        }
        var departments = new HashMap<Long, String>();
        organization.departments().forEach(d -> departments.put(d.id(), d.localName()));
        Map<String, Optional<Grid>> areas = new HashMap<>();
        return rules.stream().map(rule -> {
            var category = rule.category();
            String what = null;
            if (category != null) {
                what = category.length() > 5
                        ? names.computeIfAbsent(category, code -> catalog.condition(code)
                                .map(c -> c.localClassName() + " · " + c.localName()).orElse(code))
                        : names.getOrDefault(category, category);
            }
            String where = rule.areaCode() == null ? null
                    : areas.computeIfAbsent(rule.areaCode(), grids::find).map(Localized::localName)
                            .orElse(rule.areaCode());
            var fixed = departments.getOrDefault(rule.departmentId(), "#" + rule.departmentId());
            var who = rule.frontageSupervisor() ? messages.getMessage("admin.routing.frontageWho", new Object[] {fixed},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()) : fixed;
            return new RuleRow(rule, what, where, who);
        }).toList();
    }

    /** Department names in the page's language, for the form's picker. */
    static String label(Department d) {
        return d.localName() + " (" + d.code() + ")";
    }
}
