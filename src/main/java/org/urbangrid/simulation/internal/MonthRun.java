package org.urbangrid.simulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseView;
import org.urbangrid.platform.SimulatedTime;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.simulation.SimulationProgress;

/**
 * One discrete-event run: a queue of planned moves ordered by (time, order planned); the clock is moved to each
 * move's time, the person makes it through the cases module, and the case's script plans the next from the view
 * the domain answers. Moves planned past the period's end are left undone (those cases stay open).
 */
final class MonthRun {

    private static final Logger log = LoggerFactory.getLogger(MonthRun.class);
    private static final int MAX_REFUSALS_KEPT = 5;

    private record Planned(Step step, long order) {}

    private final PriorityQueue<Planned> queue = new PriorityQueue<>(
            Comparator.comparing((Planned p) -> p.step().at()).thenComparingLong(Planned::order));
    private final CaseManagement cases;
    private final Photos photos;
    private final Scene scene;
    private final Instant start;
    private final Instant end;
    private final List<CaseScript> scripts = new ArrayList<>();
    final List<String> refusals = new ArrayList<>();
    int refused;
    private long order;
    private Instant now;
    private int moves;
    private int reported;

    MonthRun(CaseManagement cases, Photos photos, Scene scene, Instant start, Instant end) {
        this.cases = cases;
        this.photos = photos;
        this.scene = scene;
        this.start = start;
        this.end = end;
    }

    /** Plans every report: case {@code i} draws everything from its own random source. */
    void plan(int count, long seed, double incidents) {
        for (int i = 0; i < count; i++) {
            long own = seed * 1_000_003L + i;
            // the channels' fates from a source of their own: every case's earlier course stays as it was drawn
            var script = new CaseScript(i, new Random(own), new Random(~own), incidents, scene);
            scripts.add(script);
            add(script.reportStep());
        }
    }

    List<CaseScript> run(SimulatedTime.Control time, Consumer<SimulationProgress> progress) {
        var total = Duration.between(start, end).toSeconds();
        long lastReport = 0;
        while (!queue.isEmpty() && queue.peek().step().at().isBefore(end)) {
            var step = queue.poll().step();
            time.advanceTo(step.at());
            now = step.at();
            perform(step);
            if (moves - lastReport >= 200) {
                lastReport = moves;
                progress.accept(new SimulationProgress(step.at(),
                        Math.min(1.0, (double) Duration.between(start, step.at()).toSeconds() / total), reported, moves));
            }
        }
        progress.accept(new SimulationProgress(end, 1.0, reported, moves));
        return scripts;
    }

    private void perform(Step step) {
        var script = step.script();
        if (step.move() != CaseMove.REPORT && step.move() != CaseMove.HANDLE_ON_SPOT && script.caseId == null) {
            return;
        }
        try {
            var view = Acting.as(step.actor(), () -> act(step));
            moves++;
            if (!step.side()) {
                script.next(view, step.at(), scene).forEach(this::add);
            } else {
                script.view = view;
            }
        } catch (UrbanGridException e) {
            refused++;
            if (refusals.size() < MAX_REFUSALS_KEPT) {
                refusals.add(script.index + " " + step.move() + ": " + e.getMessage() + java.util.Arrays.toString(e.args()));
            }
            log.warn("simulated case {} ({}): {} by {} refused: {} {}", script.index, script.caseId, step.move(),
                    step.actor().username(), e.getMessage(), e.properties());
        }
    }

    private CaseView act(Step step) {
        var ids = photos.take(step.actor(), step.photos(), step.script().random);
        var script = step.script();
        return switch (step.move()) {
            case REPORT, HANDLE_ON_SPOT -> {
                var report = script.report(ids);
                var made = step.move() == CaseMove.REPORT ? cases.report(report, java.util.Optional.empty())
                        : cases.handleOnSpot(report, java.util.Optional.empty());
                script.caseId = made.kase().id();
                reported++;
                yield made.kase();
            }
            default -> cases.move(script.caseId, step.move(), step.command().apply(ids));
        };
    }

    private void add(Step step) {
        if (now != null && step.at().isBefore(now)) {
            throw new IllegalStateException("case " + step.script().index + ": " + step.move() + " planned at "
                    + step.at() + ", before now " + now);
        }
        queue.add(new Planned(step, order++));
    }
}
