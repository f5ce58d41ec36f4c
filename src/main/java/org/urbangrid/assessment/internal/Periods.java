package org.urbangrid.assessment.internal;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Period;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/** Reads a period from a request: absent means last month in the city's time zone; a bad one is a 400 naming it. */
@Component
public class Periods {

    private final Clock clock;
    private final PlatformProperties platform;

    Periods(Clock clock, PlatformProperties platform) {
        this.clock = clock;
        this.platform = platform;
    }

    /** Today in the city. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(platform.zone()));
    }

    public Period lastMonth() {
        return Period.month(YearMonth.now(clock.withZone(platform.zone())).minusMonths(1));
    }

    public Period parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return lastMonth();
        }
        try {
            var period = Period.parse(text);
            if (period.to().toEpochDay() - period.from().toEpochDay() > 366 * 5) {
                throw UrbanGridException.invalid("error.assessment.period-too-long", text).with("field", field);
            }
            return period;
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("error.assessment.period", text).with("field", field);
        }
    }
}
