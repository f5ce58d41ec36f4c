package org.urbangrid.catalog;

import java.util.List;

/**
 * 分类管理: what an administrator changes in the catalogue — local classes (大类 21) and their filing conditions
 * (立案条件) with handling limits. Refusals are {@code UrbanGridException}s with a catalog message key.
 */
public interface CatalogAdministration {

    /** Adds a local class ({@code C21xx} / {@code E21xx}) with its first conditions. */
    CatalogClass createLocalClass(String code, String name, List<ConditionDraft> conditions);

    CatalogClass updateClass(String code, String name, boolean active);

    /** Appends a condition numbered after the class's last one. */
    FilingCondition addCondition(String classCode, ConditionDraft draft);

    FilingCondition updateCondition(String code, ConditionDraft draft);

    /** How many filing conditions exist, inactive ones included. */
    long conditionCount();

    /** How many components the register holds. */
    long componentCount();
}
