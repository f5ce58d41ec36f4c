package org.urbangrid.simulation;

import java.time.Instant;

/** How far a run is: the simulated time it reached, its share of the period, cases reported and moves made. */
public record SimulationProgress(Instant simulatedNow, double share, int reported, int moves) {}
