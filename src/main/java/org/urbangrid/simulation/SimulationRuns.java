package org.urbangrid.simulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.urbangrid.platform.UrbanGridException;

/**
 * Runs started from the console: one at a time, in the background, with progress; a second start while one runs
 * is refused (409). The last run's outcome stays readable until the next starts.
 */
@Service
public class SimulationRuns {

    private static final Logger log = LoggerFactory.getLogger(SimulationRuns.class);

    /** Where a run stands. */
    public enum State { RUNNING, DONE, FAILED }

    /** A run as the console shows it; {@code result} once done, {@code error} once failed. */
    public record Run(long number, SimulationPlan plan, String startedBy, Instant startedAt, State state,
            SimulationProgress progress, SimulationResult result, String error) {

        Run with(State state, SimulationProgress progress, SimulationResult result, String error) {
            return new Run(number, plan, startedBy, startedAt, state, progress, result, error);
        }
    }

    private final CitySimulator simulator;
    private final Clock clock;
    private final AtomicReference<Run> current = new AtomicReference<>();

    SimulationRuns(CitySimulator simulator, Clock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    /** Starts the plan in the background; 409 while another run is under way. */
    public Run start(SimulationPlan plan, String startedBy) {
        var run = claim(plan, startedBy);
        var thread = new Thread(() -> execute(run, progress -> { }), "city-month-simulation-" + run.number());
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    /** Runs the plan on the calling thread (the command line), as one of these runs: the console shows it too. */
    public Run runHere(SimulationPlan plan, String startedBy, Consumer<SimulationProgress> progress) {
        var run = claim(plan, startedBy);
        execute(run, progress);
        return current.get();
    }

    private Run claim(SimulationPlan plan, String startedBy) {
        simulator.check(plan);
        var previous = current.get();
        if (previous != null && previous.state() == State.RUNNING) {
            throw UrbanGridException.conflict("error.simulation.running", previous.number());
        }
        var run = new Run(previous == null ? 1 : previous.number() + 1, plan, startedBy, clock.instant(), State.RUNNING,
                null, null, null);
        if (!current.compareAndSet(previous, run)) {
            throw UrbanGridException.conflict("error.simulation.running", run.number());
        }
        return run;
    }

    public Optional<Run> current() {
        return Optional.ofNullable(current.get());
    }

    private void execute(Run run, Consumer<SimulationProgress> listener) {
        try {
            var result = simulator.simulate(run.plan(), progress -> {
                update(run.number(), State.RUNNING, progress, null, null);
                listener.accept(progress);
            });
            update(run.number(), State.DONE, null, result, null);
        } catch (RuntimeException e) {
            log.error("City-month simulation {} failed", run.number(), e);
            update(run.number(), State.FAILED, null, null, e.getMessage());
        }
    }

    private void update(long number, State state, SimulationProgress progress, SimulationResult result, String error) {
        current.updateAndGet(run -> run == null || run.number() != number ? run
                : run.with(state, progress != null ? progress : run.progress(), result, error));
    }
}
