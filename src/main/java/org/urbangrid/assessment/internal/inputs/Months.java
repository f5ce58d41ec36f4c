package org.urbangrid.assessment.internal.inputs;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.urbangrid.assessment.Period;
import org.urbangrid.platform.UrbanGridException;

/** Monthly inputs (forms, draws) and the periods they count for: a month counts for every period it overlaps. */
public final class Months {

    private Months() {}

    /** The months (yyyy-MM) that overlap the period, oldest first. */
    static List<String> overlapping(Period period) {
        var months = new ArrayList<String>();
        for (var m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** Reads {@code yyyy-MM}; 400 naming the field otherwise. */
    public static YearMonth parse(String text, String field) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not a month", String.valueOf(text), 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw UrbanGridException.invalid("inputs.error.month", String.valueOf(text)).with("field", field);
        }
    }

    /** SQL placeholders for an in-list of n values. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
