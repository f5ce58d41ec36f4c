package org.urbangrid.dispatch.internal;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.catalog.Components;
import org.urbangrid.dispatch.CategoryLevel;
import org.urbangrid.dispatch.FrontageSupervision;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;

/**
 * {@link RoutingPolicy} from the component register and the routing rules.
 * <ol>
 * <li>A named component whose register entry has an owner department (权属单位) goes to that department.</li>
 * <li>Otherwise the most specific matching active rule wins. Specificity compares the category part first
 * (filing condition &gt; class &gt; major class &gt; none) and only then the area part (unit grid &gt; community
 * &gt; street &gt; whole district): what the problem is decides the trade, where it is refines it. So
 * {@code E0505 @ 全区} beats {@code E05 @ 凌水街道}. Between rules with identical parts the higher priority
 * wins, then the older rule. A rule whose department has been deactivated is passed over.</li>
 * <li>No rule: empty, and the case waits, flagged, in the dispatcher's queue.</li>
 * </ol>
 * The component register, the catalogue and the grids are optional collaborators, used when their modules
 * provide them: the register for owners, the other two only for the names in the reason.
 */
@Component
class RuleBasedRoutingPolicy implements RoutingPolicy, Router.Names {

    private final RuleCache cache;
    private final Organization organization;
    private final ObjectProvider<Components> components;
    private final ObjectProvider<Catalog> catalog;
    private final ObjectProvider<Grids> grids;
    private final ObjectProvider<FrontageSupervision> frontages;

    RuleBasedRoutingPolicy(RuleCache cache, Organization organization, ObjectProvider<Components> components,
            ObjectProvider<Catalog> catalog, ObjectProvider<Grids> grids, ObjectProvider<FrontageSupervision> frontages) {
        this.frontages = frontages;
        this.cache = cache;
        this.organization = organization;
        this.components = components;
        this.catalog = catalog;
        this.grids = grids;
    }

    @Override
    public Optional<RoutingSuggestion> suggest(RoutingQuery query) {
        var register = components.getIfUnique();
        return new Router(cache.current(),
                code -> register == null ? Optional.empty() : register.find(code),
                organization::department, this, frontages.getIfUnique()).suggest(query);
    }

    /** Areas are named by the grid hierarchy when present ("210231001 凌水街道"). */
    @Override
    public Optional<String> area(String code) {
        var hierarchy = grids.getIfUnique();
        return hierarchy == null ? Optional.empty() : hierarchy.nameOf(code);
    }

    /** Major classes are fixed by the standard; classes and conditions come from the catalogue when present. */
    @Override
    public Optional<String> category(String category) {
        var names = catalog.getIfUnique();
        return switch (CategoryLevel.of(category)) {
            case MAJOR -> CategoryNames.major(category);
            case CLASS -> names == null ? Optional.empty() : names.findClass(category).map(CatalogClass::name);
            case CONDITION -> names == null ? Optional.empty() : names.condition(category).map(FilingCondition::className);
            case ANY -> Optional.empty();
        };
    }
}
