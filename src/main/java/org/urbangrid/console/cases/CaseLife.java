package org.urbangrid.console.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.HistoryEntry;

/**
 * 结案小结: a closed case's life in figures, read from its history — total time, time in each stage (elapsed and
 * work time), whether every clocked stage ended within its deadline, and how often it was reworked.
 *
 * @param stages in the order the case first reached them; a stage it came back to (rework) is summed
 * @param lateStages how many stage ends the history records as past their deadline
 */
record CaseLife(Duration elapsed, Duration work, List<Stage> stages, int lateStages, int reworkCount) {

    /**
     * Time the case spent in one state, e.g. 处置中 (DISPATCHED) from dispatch to the handled report.
     *
     * @param late whether a move that ended this stage ended it past its deadline
     */
    record Stage(CaseStatus status, Duration elapsed, Duration work, boolean late) {}

    public boolean onTime() {
        return lateStages == 0;
    }

    /**
     * The life of an ended case; null while it is open or without history.
     *
     * @param workBetween work time between two instants, on the city's calendar
     */
    static CaseLife of(CaseView kase, BiFunction<Instant, Instant, Duration> workBetween) {
        var history = kase.history();
        if (kase.status() != CaseStatus.CLOSED || history.isEmpty()) {
            return null;
        }
        var elapsed = new EnumMap<CaseStatus, Duration>(CaseStatus.class);
        var work = new EnumMap<CaseStatus, Duration>(CaseStatus.class);
        var late = new EnumMap<CaseStatus, Boolean>(CaseStatus.class);
        var order = new ArrayList<CaseStatus>();
        int lateStages = 0;
        HistoryEntry entered = null;
        for (var h : history) {
            if (h.stageOnTime() != null && !h.stageOnTime()) {
                lateStages++;
            }
            if (entered != null && h.toStatus() != entered.toStatus()) {
                var status = entered.toStatus();
                add(elapsed, status, Duration.between(entered.at(), h.at()));
                add(work, status, workBetween.apply(entered.at(), h.at()));
                if (!order.contains(status)) {
                    order.add(status);
                }
                if (h.stageOnTime() != null && !h.stageOnTime()) {
                    late.put(status, true);
                }
            }
            if (entered == null || h.toStatus() != entered.toStatus()) {
                entered = h;
            }
        }
        var stages = order.stream().map(s -> new Stage(s, elapsed.get(s), work.get(s), late.getOrDefault(s, false))).toList();
        var first = history.get(0).at();
        var last = history.get(history.size() - 1).at();
        return new CaseLife(Duration.between(first, last), workBetween.apply(first, last), stages, lateStages,
                kase.reworkCount());
    }

    private static void add(Map<CaseStatus, Duration> sums, CaseStatus status, Duration d) {
        sums.merge(status, d, Duration::plus);
    }
}
