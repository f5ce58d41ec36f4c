package org.urbangrid.simulation;

import java.util.function.Consumer;

/**
 * 城市月度模拟: drives the district through a period by the domain's own moves, each made by the staff member whose
 * job it is, on a simulated clock only the simulating thread reads. Same seed and same district → same run.
 */
public interface CitySimulator {

    /** Demo mode: the demo district is loaded ({@code urbangrid.demo}); nowhere else does the simulator run. */
    boolean available();

    /**
     * Refuses a plan that cannot run: outside demo mode (409); a period that is empty, longer than
     * {@link SimulationPlan#MAX_DAYS} or not over yet, or a volume outside 1 … {@link SimulationPlan#MAX_CASES} (400
     * naming the field).
     */
    void check(SimulationPlan plan);

    /** Runs the plan on the calling thread (minutes for a month on H2), reporting progress as it goes. */
    SimulationResult simulate(SimulationPlan plan, Consumer<SimulationProgress> progress);
}
