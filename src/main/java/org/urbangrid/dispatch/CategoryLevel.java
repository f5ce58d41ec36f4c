package org.urbangrid.dispatch;

import java.util.regex.Pattern;

/**
 * How narrowly a routing rule names what is reported, least specific first: the ordinal is the specificity
 * (condition 3 &gt; class 2 &gt; major class 1 &gt; any 0).
 */
public enum CategoryLevel {
    /** No category part: every class. */
    ANY(null),
    /** 大类: a major class such as {@code E01} 市容环境 or {@code C01} 公用设施. */
    MAJOR(Pattern.compile("[CE]\\d{2}")),
    /** 小类: a class such as {@code E0102} 暴露垃圾. */
    CLASS(Pattern.compile("[CE]\\d{4}")),
    /** 立案条件: one filing condition such as {@code E0102-01}. */
    CONDITION(Pattern.compile("[CE]\\d{4}-\\d{2}"));

    private final Pattern shape;

    CategoryLevel(Pattern shape) {
        this.shape = shape;
    }

    /** The level of a category code, or null when the code has none of the accepted shapes. */
    public static CategoryLevel of(String category) {
        if (category == null) {
            return ANY;
        }
        for (var level : values()) {
            if (level.shape != null && level.shape.matcher(category).matches()) {
                return level;
            }
        }
        return null;
    }
}
