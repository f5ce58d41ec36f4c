package org.urbangrid.catalog;

import org.urbangrid.platform.Localized;

/**
 * 部件/事件小类: a minor class of CJ/T 214, e.g. {@code C0101} 上水井盖 or {@code E0102} 暴露垃圾.
 *
 * @param code kind letter ({@code C} 部件, {@code E} 事件) + major class (2 digits) + minor class (2 digits)
 * @param majorName 大类名称, e.g. 公用设施
 * @param local a city's own extension (大类 21), added by an administrator
 * @param nameEn English name, null when none was given
 * @param majorNameEn English name of the major class, null when none
 */
public record CatalogClass(String code, CategoryKind kind, String majorCode, String majorName, String name,
        boolean local, boolean active, String nameEn, String majorNameEn) implements Localized {

    /** A class without English names. */
    public CatalogClass(String code, CategoryKind kind, String majorCode, String majorName, String name, boolean local,
            boolean active) {
        this(code, kind, majorCode, majorName, name, local, active, null, null);
    }

    /** The major class's name in the current request's language. */
    public String localMajorName() {
        return Localized.pick(majorName, majorNameEn);
    }

    /** The four digits of a class code that a 16-digit component code repeats at positions 7–10. */
    public String digits() {
        return code.substring(1);
    }
}
