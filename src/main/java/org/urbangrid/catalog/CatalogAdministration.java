package org.urbangrid.catalog;

import java.util.List;

/**
 * 分类管理: what an administrator changes in the catalogue — local classes (大类 21) and their filing conditions
 * (立案条件) with handling limits. Refusals are {@code UrbanGridException}s with a catalog message key.
 */
public interface CatalogAdministration {

    /** Adds a local class ({@code C21xx} / {@code E21xx}) with its first conditions. */
    CatalogClass createLocalClass(String code, String name, String nameEn, List<ConditionDraft> conditions);

    /** A local class without an English name. */
    default CatalogClass createLocalClass(String code, String name, List<ConditionDraft> conditions) {
        return createLocalClass(code, name, null, conditions);
    }

    /** Renames or (de)activates a class; {@code nameEn} null keeps the English name, blank removes it. */
    CatalogClass updateClass(String code, String name, String nameEn, boolean active);

    /** Renames or (de)activates a class, its English name kept. */
    default CatalogClass updateClass(String code, String name, boolean active) {
        return updateClass(code, name, null, active);
    }

    /** Appends a condition numbered after the class's last one. */
    FilingCondition addCondition(String classCode, ConditionDraft draft);

    FilingCondition updateCondition(String code, ConditionDraft draft);

    /** How many active filing conditions each class has (classes without one are left out). */
    java.util.Map<String, Long> activeConditionCounts();

    /** How many filing conditions exist, inactive ones included. */
    long conditionCount();

    /** How many components the register holds. */
    long componentCount();
}
