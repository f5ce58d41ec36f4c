package org.urbangrid.console.screen;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.console.cases.DeskCaseEvents;
import org.urbangrid.console.web.LiveStreams;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.AfterCommit;
import org.urbangrid.platform.ClusterSignals;

/**
 * The open big screens: each is told {@code screen-changed} (no data, only "read again") once a case in its scope
 * moved, at most once per {@code urbangrid.screen.throttle} (default 2 s) however many cases move, and sent a
 * heartbeat comment every 25 s. A move saved here is heard as its {@link CaseEvent} after it commits; a move saved
 * on another node arrives as the note {@link DeskCaseEvents} leaves for the desk queues (one note serves both).
 * Like the queues' stream this is best effort outside the event publication registry: a screen that missed a
 * signal still reads everything again every few minutes.
 */
@Component
class ScreenSignals {

    static final String EVENT = "screen-changed";
    /** Stands for every street in the set of streets that changed when a note's street is unknown. */
    static final String ANY = "*";


    private final ScreenHistory history;
    private final long throttleMs;
    private final LiveStreams<StaffPrincipal> streams = new LiveStreams<>("screen");
    private final Set<String> changedStreets = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "screen-sse");
        thread.setDaemon(true);
        return thread;
    });
    private boolean scheduled;
    private long lastSentMs = Long.MIN_VALUE / 2;

    ScreenSignals(ScreenHistory history, ClusterSignals signals,
            @Value("${urbangrid.screen.throttle:2s}") Duration throttle) {
        this.history = history;
        this.throttleMs = throttle.toMillis();
        signals.subscribe(DeskCaseEvents.TOPIC, payload -> changed(streetOf(payload)));
    }

    SseEmitter open(StaffPrincipal viewer) {
        return streams.open(viewer);
    }

    int openCount() {
        return streams.openCount();
    }

    /** In the move's transaction: the screens hear of it once it commits (at once without a transaction). */
    @EventListener
    void on(CaseEvent event) {
        var facts = event.facts();
        Runnable heard = () -> {
            history.moved(facts.at());
            changed(facts.streetCode());
        };
        AfterCommit.run(heard);
    }

    /** A case of the street moved: the signal leaves now, or when the throttle's interval since the last is over. */
    void changed(String street) {
        changedStreets.add(street == null ? ANY : street);
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = Math.max(0, lastSentMs + throttleMs - System.nanoTime() / 1_000_000);
            timer.schedule(this::signal, wait, TimeUnit.MILLISECONDS);
        }
    }

    private void signal() {
        synchronized (this) {
            scheduled = false;
            lastSentMs = System.nanoTime() / 1_000_000;
        }
        var streets = Set.copyOf(changedStreets);
        changedStreets.removeAll(streets);
        streams.send(viewer -> hears(viewer, streets), SseEmitter.event().name(EVENT).data("changed"));
    }

    /** Centre-wide staff hear of every change; street staff of changes in their street (or of unknown streets). */
    static boolean hears(StaffPrincipal viewer, Set<String> changedStreets) {
        var own = viewer.streetCode();
        return own == null || changedStreets.contains(own) || changedStreets.contains(ANY);
    }

    private static String streetOf(String payload) {
        try {
            return DeskCaseEvents.streetOf(payload);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        streams.close();
    }
}
