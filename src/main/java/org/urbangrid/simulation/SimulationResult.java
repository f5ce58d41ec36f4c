package org.urbangrid.simulation;

import java.util.List;

/** A finished run: its summary, the cases it made in the order it reported them, and how long it took. */
public record SimulationResult(SimulationSummary summary, List<Long> caseIds, long elapsedMillis) {}
