package org.urbangrid.console.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.FilingCondition;

/**
 * The class pickers' search (desk and phone): a class matches when its name or code contains the text, when the
 * text (Latin letters) begins or is part of the name's {@linkplain PinyinInitials pinyin initials} ("bllj", "bl"
 * and "lj" find 暴露垃圾, bào lù lā jī), or, after those, when one of its active conditions contains the text or
 * begins with its initials. Name matches come first, then in code order.
 */
@Component
public class ClassSearch {

    private final Catalog catalog;

    ClassSearch(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Classes matching the text, best first.
     *
     * @param kind null for both kinds
     * @param text null or blank for all classes in code order
     */
    public List<CatalogClass> find(CategoryKind kind, String text) {
        var all = catalog.classes(kind, null);
        if (text == null || text.isBlank()) {
            return all;
        }
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        var initials = PinyinInitials.typed(wanted);
        record Ranked(CatalogClass c, int rank) {}
        return all.stream().map(c -> new Ranked(c, rank(c, wanted, initials))).filter(r -> r.rank() < NO_MATCH)
                .sorted(Comparator.comparingInt(Ranked::rank)).map(Ranked::c).toList();
    }

    private static final int NO_MATCH = 3;

    private int rank(CatalogClass c, String wanted, String initials) {
        var ofName = PinyinInitials.of(c.name());
        if (c.name().toLowerCase(Locale.ROOT).contains(wanted) || c.code().toLowerCase(Locale.ROOT).contains(wanted)
                || (!initials.isEmpty() && ofName.startsWith(initials))) {
            return 0;
        }
        if (!initials.isEmpty() && ofName.contains(initials)) {
            return 1;
        }
        var conditions = catalog.conditionsOf(c.code()).stream().filter(FilingCondition::active).toList();
        boolean byCondition = conditions.stream().anyMatch(f -> f.description().contains(wanted)
                || (!initials.isEmpty() && PinyinInitials.of(f.description()).startsWith(initials)));
        return byCondition ? 2 : NO_MATCH;
    }
}
