package org.urbangrid.catalog;

import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.platform.Localized;

/**
 * 立案条件: what makes a report of a minor class a case, with its handling time limit (处置时限) and
 * closing condition (结案条件).
 *
 * @param code the class code, a dash and two digits, e.g. {@code C0101-01}
 * @param classCode e.g. {@code C0101}
 * @param safeLimit 先期处置时限: the first step of a two-step rule (make the site safe, e.g. 3 natural hours for a
 *        missing manhole cover, fixed within the handling limit); null for one step
 * @param nameEn the description in English, null when none was given
 * @param classNameEn the class's English name, null when none
 */
public record FilingCondition(String code, String classCode, String className, CategoryKind kind, String description,
        TimeLimit handlingLimit, String closingCondition, boolean active, TimeLimit safeLimit, String nameEn,
        String classNameEn) implements Localized {

    /** A condition without English names. */
    public FilingCondition(String code, String classCode, String className, CategoryKind kind, String description,
            TimeLimit handlingLimit, String closingCondition, boolean active, TimeLimit safeLimit) {
        this(code, classCode, className, kind, description, handlingLimit, closingCondition, active, safeLimit, null,
                null);
    }

    /** A condition's name is its description (井盖丢失). */
    @Override
    public String name() {
        return description;
    }

    /** The class's name in the current request's language. */
    public String localClassName() {
        return Localized.pick(className, classNameEn);
    }
}
