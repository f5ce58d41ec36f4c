package org.urbangrid.simulation.internal;

import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.simulation.SimulationRuns;

/**
 * The one command: {@code --urbangrid.simulate.month=2026-11} (with {@code .seed}, default a fresh one that is
 * printed; {@code .cases}, default {@value SimulationPlan#DEFAULT_CASES}) simulates that month once the demo district
 * is loaded, prints the summary and keeps serving, or exits with {@code --urbangrid.simulate.exit=true}.
 */
@Component
@Order(100) // after the demo district is loaded (DemoLoader is order 1)
class SimulationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationCommand.class);

    private final SimulationRuns runs;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    SimulationCommand(SimulationRuns runs, Environment environment, ConfigurableApplicationContext context) {
        this.runs = runs;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var month = environment.getProperty("urbangrid.simulate.month");
        if (month == null || month.isBlank()) {
            return;
        }
        boolean exit = environment.getProperty("urbangrid.simulate.exit", Boolean.class, false);
        int status = 0;
        try {
            long seed = environment.getProperty("urbangrid.simulate.seed", Long.class, new SecureRandom().nextLong() >>> 16);
            int cases = environment.getProperty("urbangrid.simulate.cases", Integer.class, SimulationPlan.DEFAULT_CASES);
            var plan = SimulationPlan.month(YearMonth.parse(month.trim()), cases, seed);
            log.info("Simulating {} with seed {} (repeat with --urbangrid.simulate.seed={})", month, seed, seed);
            var logged = new long[] { -1 };
            var run = runs.runHere(plan, "command line", p -> {
                long tenth = Math.round(p.share() * 100) / 10;
                if (tenth > logged[0]) {
                    logged[0] = tenth;
                    log.info("  simulated up to {} ({} %): {} cases, {} moves", p.simulatedNow(),
                            Math.round(p.share() * 100), p.reported(), p.moves());
                }
            });
            status = run.state() != SimulationRuns.State.DONE ? 1 : run.result().summary().refused() == 0 ? 0 : 2;
        } catch (DateTimeParseException | ConversionException | org.urbangrid.platform.UrbanGridException e) {
            log.error("City-month simulation not run: {} {}", e.getMessage(),
                    e instanceof org.urbangrid.platform.UrbanGridException u ? u.properties() : "");
            status = 1;
        }
        if (exit) {
            int code = status;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
