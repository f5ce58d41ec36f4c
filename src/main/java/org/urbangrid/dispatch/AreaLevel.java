package org.urbangrid.dispatch;

/**
 * How narrowly a routing rule names where, least specific first: the ordinal is the specificity
 * (unit grid 3 &gt; community 2 &gt; street 1 &gt; whole district 0). The level follows from the code's length.
 */
public enum AreaLevel {
    /** 全区: no area part. */
    DISTRICT(0),
    /** 街道: a 9-digit street code. */
    STREET(9),
    /** 社区: a 12-digit community code. */
    COMMUNITY(12),
    /** 单元网格: a 15-digit unit grid code. */
    UNIT_GRID(15);

    private final int digits;

    AreaLevel(int digits) {
        this.digits = digits;
    }

    /** The level of an area code, or null when it is not 9, 12 or 15 digits. */
    public static AreaLevel of(String areaCode) {
        if (areaCode == null) {
            return DISTRICT;
        }
        for (var level : values()) {
            if (level.digits > 0 && areaCode.length() == level.digits && areaCode.chars().allMatch(Character::isDigit)) {
                return level;
            }
        }
        return null;
    }

    /** The code's prefix at this level, e.g. the street of a unit grid; null for the district or a shorter code. */
    public String prefixOf(String code) {
        return digits == 0 || code == null || code.length() < digits ? null : code.substring(0, digits);
    }
}
