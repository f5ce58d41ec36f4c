package org.urbangrid.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;

/**
 * What a simulated month did, counted from the histories of the cases it made (not from its intentions).
 *
 * @param lateMoves history entries that ended their stage after its deadline
 * @param reworks 返工: checks that failed
 * @param returns 回退 approved; {@code extensions} 延期 and {@code suspensions} 挂账 likewise
 * @param cancellations 作废 approved
 * @param leftOpen cases still open when the period ended
 * @param refused moves the domain refused (a simulator bug if not zero), with the first few reasons
 */
public record SimulationSummary(long seed, LocalDate from, LocalDate until, int reported,
        Map<CaseSource, Integer> bySource, Map<CaseStatus, Integer> byStatus, Map<CaseMove, Integer> moves,
        int totalMoves, int lateMoves, int reworks, int returns, int extensions, int suspensions, int cancellations,
        int urges, int onTheSpot, int leftOpen, int refused, List<String> refusals) {

    /** The summary as a few log lines. */
    public String describe() {
        return """
                City-month simulation %s – %s, seed %d
                  reported %d %s
                  outcome  %s
                  moves    %d (late %d): reworks %d, returns %d, extensions %d, suspensions %d, cancellations %d, urges %d, on the spot %d
                  left open %d, refused moves %d%s
                  by move  %s""".formatted(from, until, seed, reported, bySource, byStatus, totalMoves, lateMoves,
                reworks, returns, extensions, suspensions, cancellations, urges, onTheSpot, leftOpen, refused,
                refusals.isEmpty() ? "" : " " + refusals, moves);
    }
}
