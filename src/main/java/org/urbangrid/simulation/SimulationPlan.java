package org.urbangrid.simulation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What to simulate: the days {@code from} (inclusive) to {@code until} (exclusive), in the city's zone, about
 * {@code cases} reports over them, and the seed every random choice comes from.
 *
 * @param incidents how eventful: 1 gives the realistic shares of returns, extensions, suspensions, reworks and
 *        cancellations; a small test run raises it so that a few days show every kind of move
 */
public record SimulationPlan(LocalDate from, LocalDate until, int cases, long seed, double incidents) {

    /** The default volume of a month: a county-level city's (DOMAIN §6 counts about 1,000–9,000). */
    public static final int DEFAULT_CASES = 2000;
    public static final int MAX_CASES = 20_000;
    public static final int MAX_DAYS = 92;

    public SimulationPlan(LocalDate from, LocalDate until, int cases, long seed) {
        this(from, until, cases, seed, 1);
    }

    public static SimulationPlan month(YearMonth month, int cases, long seed) {
        return new SimulationPlan(month.atDay(1), month.plusMonths(1).atDay(1), cases, seed);
    }
}
