package org.urbangrid.catalog;

import java.util.List;
import java.util.Optional;

/** Looks up classes (分类) and filing conditions (立案条件) for case intake and pickers. */
public interface Catalog {

    Optional<FilingCondition> condition(String code);

    /** The active condition with that code, or a 400 refusal naming the code. */
    FilingCondition requireActiveCondition(String code);

    Optional<CatalogClass> findClass(String code);

    /** Conditions of a class in code order, inactive ones included. */
    List<FilingCondition> conditionsOf(String classCode);

    /**
     * Classes for pickers, in code order.
     *
     * @param kind null for both kinds
     * @param text null or blank for all; otherwise part of the name or the code
     */
    List<CatalogClass> classes(CategoryKind kind, String text);
}
