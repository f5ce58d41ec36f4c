package org.urbangrid.console.mobile;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.console.web.ClassSearch;

/** The class and filing-condition pickers of the phone pages (分类、立案条件), over the catalogue. */
@Component
class MobileCatalog {

    static final int MAX_RESULTS = 20;

    private final Catalog catalog;
    private final ClassSearch classSearch;

    MobileCatalog(Catalog catalog, ClassSearch classSearch) {
        this.catalog = catalog;
        this.classSearch = classSearch;
    }

    /** Class code to name, loaded once per page so rows need no look-up each. */
    Map<String, String> classNames() {
        return catalog.classes(null, null).stream()
                .collect(Collectors.toMap(CatalogClass::code, CatalogClass::localName, (a, b) -> a));
    }

    /** Active classes by name, code or pinyin initials ({@link ClassSearch}), best first. */
    List<CatalogClass> search(CategoryKind kind, String text) {
        return classSearch.find(kind, text).stream()
                .filter(CatalogClass::active).limit(MAX_RESULTS).toList();
    }

    List<FilingCondition> activeConditionsOf(String classCode) {
        return catalog.conditionsOf(classCode).stream().filter(FilingCondition::active).toList();
    }

    static String nameOf(String classCode, Map<String, String> names) {
        return classCode == null ? "" : names.getOrDefault(classCode, classCode);
    }
}
