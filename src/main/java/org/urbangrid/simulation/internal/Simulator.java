package org.urbangrid.simulation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.DemoMode;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.SimulatedTime;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.simulation.CitySimulator;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.simulation.SimulationProgress;
import org.urbangrid.simulation.SimulationResult;

/** {@link CitySimulator} over the cases module's public moves, on {@link SimulatedTime}. */
@Service
class Simulator implements CitySimulator {

    private static final Logger log = LoggerFactory.getLogger(Simulator.class);

    private final CaseManagement cases;
    private final PhotoStore photoStore;
    private final Organization organization;
    private final Grids grids;
    private final Catalog catalog;
    private final WorkCalendars calendars;
    private final SimulatedTime time;
    private final Clock clock;
    private final PlatformProperties platform;
    private final Environment environment;

    Simulator(CaseManagement cases, PhotoStore photoStore, Organization organization, Grids grids, Catalog catalog,
            WorkCalendars calendars, SimulatedTime time, Clock clock, PlatformProperties platform,
            Environment environment) {
        this.cases = cases;
        this.photoStore = photoStore;
        this.organization = organization;
        this.grids = grids;
        this.catalog = catalog;
        this.calendars = calendars;
        this.time = time;
        this.clock = clock;
        this.platform = platform;
        this.environment = environment;
    }

    @Override
    public boolean available() {
        return DemoMode.enabled(environment) && !organization.departments().isEmpty();
    }

    @Override
    public void check(SimulationPlan plan) {
        if (!available()) {
            throw UrbanGridException.conflict("error.simulation.demo-only");
        }
        Objects.requireNonNull(plan, "plan");
        if (plan.from() == null || plan.until() == null || !plan.from().isBefore(plan.until())) {
            throw UrbanGridException.invalid("error.simulation.period").with("field", "from");
        }
        if (Duration.between(plan.from().atStartOfDay(), plan.until().atStartOfDay()).toDays() > SimulationPlan.MAX_DAYS) {
            throw UrbanGridException.invalid("error.simulation.too-long", SimulationPlan.MAX_DAYS).with("field", "until");
        }
        if (!(plan.incidents() >= 0 && plan.incidents() <= 20)) {
            throw UrbanGridException.invalid("error.simulation.incidents").with("field", "incidents");
        }
        if (plan.cases() < 1 || plan.cases() > SimulationPlan.MAX_CASES) {
            throw UrbanGridException.invalid("error.simulation.cases", SimulationPlan.MAX_CASES).with("field", "cases");
        }
        if (end(plan).isAfter(clock.instant())) {
            throw UrbanGridException.invalid("error.simulation.not-over", plan.until()).with("field", "until");
        }
    }

    @Override
    public SimulationResult simulate(SimulationPlan plan, Consumer<SimulationProgress> progress) {
        check(plan);
        long started = System.nanoTime();
        var start = plan.from().atStartOfDay(platform.zone()).toInstant();
        var end = end(plan);
        log.info("City-month simulation {} – {}: {} cases, seed {}", plan.from(), plan.until(), plan.cases(), plan.seed());
        var result = time.run(start, control -> {
            var cast = new Cast(organization, grids);
            var scene = new Scene(cast, new Timing(calendars.current()), grids, catalog, start, end,
                    new Random(plan.seed()));
            var run = new MonthRun(cases, new Photos(photoStore), scene, start, end);
            run.plan(plan.cases(), plan.seed(), plan.incidents());
            var scripts = run.run(control, progress);
            var summary = Tally.of(plan, scripts, run.refused, run.refusals);
            var ids = scripts.stream().filter(s -> s.caseId != null).map(s -> s.caseId).toList();
            return new SimulationResult(summary, ids, (System.nanoTime() - started) / 1_000_000);
        });
        log.info("{}\n  in {} ms", result.summary().describe(), result.elapsedMillis());
        return result;
    }

    private Instant end(SimulationPlan plan) {
        return plan.until().atStartOfDay(platform.zone()).toInstant();
    }
}
