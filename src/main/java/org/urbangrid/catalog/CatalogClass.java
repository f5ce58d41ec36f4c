package org.urbangrid.catalog;

/**
 * 部件/事件小类: a minor class of CJ/T 214, e.g. {@code C0101} 上水井盖 or {@code E0102} 暴露垃圾.
 *
 * @param code kind letter ({@code C} 部件, {@code E} 事件) + major class (2 digits) + minor class (2 digits)
 * @param majorName 大类名称, e.g. 公用设施
 * @param local a city's own extension (大类 21), added by an administrator
 */
public record CatalogClass(String code, CategoryKind kind, String majorCode, String majorName, String name,
        boolean local, boolean active) {

    /** The four digits of a class code that a 16-digit component code repeats at positions 7–10. */
    public String digits() {
        return code.substring(1);
    }
}
