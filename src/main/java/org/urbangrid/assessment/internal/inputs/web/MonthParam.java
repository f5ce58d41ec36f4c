package org.urbangrid.assessment.internal.inputs.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.urbangrid.platform.UrbanGridException;

/** A {@code yyyy-MM} request parameter; 400 naming it otherwise. */
final class MonthParam {

    private MonthParam() {}

    static YearMonth parse(String text) {
        try {
            if (text != null && text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw UrbanGridException.invalid("inputs.error.month", String.valueOf(text)).with("field", "month");
    }
}
