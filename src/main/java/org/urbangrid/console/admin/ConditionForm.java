package org.urbangrid.console.admin;

import org.urbangrid.catalog.ConditionDraft;
import org.urbangrid.deadline.LimitBounds;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;

/** The fields of a filing condition (立案条件) form as typed; {@link #draft()} checks them before any service call. */
record ConditionForm(String description, String limitAmount, String limitUnit, String closingCondition,
        Boolean active, String nameEn) {

    static final int MAX_TEXT = 500;
    ConditionDraft draft() {
        return new ConditionDraft(text(description, "admin.error.description"), limit(limitAmount, limitUnit),
                text(closingCondition, "admin.error.closing"), active, null, english(nameEn));
    }

    /** The English name as typed: empty removes it, a form without the field keeps it; at most 500 characters. */
    static String english(String nameEn) {
        if (nameEn != null && nameEn.strip().length() > MAX_TEXT) {
            throw Refusals.invalid("admin.error.name-en", MAX_TEXT);
        }
        return nameEn == null ? null : nameEn.strip();
    }

    /** The limit as typed, or null when it does not parse (a refused form shows the fields again). */
    public TimeLimit handlingLimit() {
        try {
            return limit(limitAmount, limitUnit);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A positive amount in one of the five units, up to that unit's {@link LimitBounds} maximum. */
    static TimeLimit limit(String amount, String unit) {
        var limitUnit = unit(unit);
        int max = LimitBounds.max(limitUnit);
        int value;
        try {
            value = Integer.parseInt(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            throw Refusals.invalid("admin.error.limit-amount-max", amount, max, limitUnit);
        }
        if (!LimitBounds.allows(value, limitUnit)) {
            throw Refusals.invalid("admin.error.limit-amount-max", amount, max, limitUnit);
        }
        return new TimeLimit(value, limitUnit);
    }

    static LimitUnit unit(String unit) {
        try {
            return LimitUnit.valueOf(unit == null ? "" : unit.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("admin.error.limit-unit", unit);
        }
    }

    private static String text(String value, String key) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw Refusals.invalid(key, MAX_TEXT);
        }
        return value.strip();
    }
}
