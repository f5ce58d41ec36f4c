package org.urbangrid.simulation.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.simulation.SimulationSummary;

/** Counts a run's outcome from the histories the domain wrote for its cases. */
final class Tally {

    private Tally() {}

    static SimulationSummary of(SimulationPlan plan, List<CaseScript> scripts, int refused, List<String> refusals) {
        var bySource = new EnumMap<CaseSource, Integer>(CaseSource.class);
        var byStatus = new EnumMap<CaseStatus, Integer>(CaseStatus.class);
        var moves = new EnumMap<CaseMove, Integer>(CaseMove.class);
        int reported = 0, total = 0, late = 0, returns = 0, extensions = 0, suspensions = 0, open = 0;
        for (var script : scripts) {
            var view = script.view;
            if (view == null) {
                continue;
            }
            reported++;
            bySource.merge(view.source(), 1, Integer::sum);
            byStatus.merge(view.status(), 1, Integer::sum);
            if (view.status().isOpen()) {
                open++;
            }
            for (var entry : view.history()) {
                total++;
                moves.merge(entry.move(), 1, Integer::sum);
                if (Boolean.FALSE.equals(entry.stageOnTime())) {
                    late++;
                }
                if (entry.move() == CaseMove.APPROVE_REQUEST) {
                    switch (request(entry)) {
                        case "RETURN" -> returns++;
                        case "EXTENSION" -> extensions++;
                        case "SUSPENSION" -> suspensions++;
                        default -> { }
                    }
                }
            }
        }
        return new SimulationSummary(plan.seed(), plan.from(), plan.until(), reported, java.util.Collections.unmodifiableMap(bySource),
                java.util.Collections.unmodifiableMap(byStatus), java.util.Collections.unmodifiableMap(moves), total, late, count(moves, CaseMove.CHECK_FAIL), returns,
                extensions, suspensions, count(moves, CaseMove.APPROVE_CANCEL), count(moves, CaseMove.URGE),
                count(moves, CaseMove.HANDLE_ON_SPOT), open, refused, List.copyOf(refusals));
    }

    private static String request(HistoryEntry entry) {
        return entry.details() == null ? "" : entry.details().getOrDefault("request", "");
    }

    private static int count(Map<CaseMove, Integer> moves, CaseMove move) {
        return moves.getOrDefault(move, 0);
    }
}
