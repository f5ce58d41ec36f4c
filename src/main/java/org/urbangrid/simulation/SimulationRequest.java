package org.urbangrid.simulation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.validation.constraints.Pattern;

import org.urbangrid.platform.UrbanGridException;

/**
 * What a person asks for (API body and console form alike): a month ({@code 2026-11}), or days from–until; the
 * number of cases and the seed. Left out: the month before this one, {@value SimulationPlan#DEFAULT_CASES} cases,
 * a fresh seed (recorded with the run, so it can be repeated).
 */
public record SimulationRequest(@Pattern(regexp = "\\d{4}-\\d{2}") String month, LocalDate from, LocalDate until,
        Integer cases, Long seed) {

    public SimulationPlan plan(Clock clock, ZoneId zone) {
        int volume = cases == null ? SimulationPlan.DEFAULT_CASES : cases;
        long chosenSeed = seed == null ? new SecureRandom().nextLong() >>> 16 : seed;
        if (month != null && !month.isBlank()) {
            try {
                return SimulationPlan.month(YearMonth.parse(month.trim()), volume, chosenSeed);
            } catch (DateTimeException e) {
                throw UrbanGridException.invalid("error.simulation.month", month).with("field", "month");
            }
        }
        if (from != null || until != null) {
            if (from == null || until == null) {
                throw UrbanGridException.invalid("error.simulation.period").with("field", from == null ? "from" : "until");
            }
            return new SimulationPlan(from, until, volume, chosenSeed);
        }
        return SimulationPlan.month(YearMonth.now(clock.withZone(zone)).minusMonths(1), volume, chosenSeed);
    }
}
