package org.urbangrid.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.simulation.SimulationRuns;

/**
 * The demo district's recent past: on the first demo load, the last few days are played through the domain's own
 * moves by the city simulator (every role acting as itself, some late, reworked, returned, extended, suspended or
 * cancelled), so that a new user finds closed cases with their whole histories and, in every role's queue, cases
 * still open in every state. {@code urbangrid.demo-history=false} leaves the district without cases (the tests).
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** The days before today that are played, and about how many cases are reported over them. */
    static final int DAYS = 7;
    static final int CASES = 240;
    static final long SEED = 20_261_108L;
    /** A little more eventful than a real month's shares, so that a few days show every kind of move. */
    static final double INCIDENTS = 2;

    private final SimulationRuns runs;
    private final Environment environment;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoHistory(SimulationRuns runs, Environment environment, Clock clock, PlatformProperties platform) {
        this.runs = runs;
        this.environment = environment;
        this.clock = clock;
        this.platform = platform;
    }

    boolean wanted() {
        return environment.getProperty("urbangrid.demo-history", Boolean.class, true);
    }

    /** The plan: the {@value #DAYS} days up to today's midnight (the period must be over), a fixed seed. */
    SimulationPlan plan() {
        var today = LocalDate.now(clock.withZone(platform.zone()));
        return new SimulationPlan(today.minusDays(DAYS), today, CASES, SEED, INCIDENTS);
    }

    /** Plays the recent past once, right after the district was loaded; a failure leaves the district as loaded. */
    void play() {
        long started = System.nanoTime();
        var run = runs.runHere(plan(), "demo", progress -> { });
        if (run.state() == SimulationRuns.State.DONE) {
            var summary = run.result().summary();
            log.info("Demo history {} – {}: {} cases reported, {} moves, {} still open, in {} ms", summary.from(),
                    summary.until(), summary.reported(), summary.totalMoves(), summary.leftOpen(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            log.warn("Demo history not played: {}", run.error());
        }
    }
}
