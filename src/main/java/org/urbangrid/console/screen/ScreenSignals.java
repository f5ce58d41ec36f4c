package org.urbangrid.console.screen;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.console.cases.DeskCaseEvents;
import org.urbangrid.organization.StaffPrincipal;
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
    private static final Logger log = LoggerFactory.getLogger(ScreenSignals.class);
    private static final long TIMEOUT_MS = Duration.ofMinutes(30).toMillis();
    /** Stands for every street in the set of streets that changed when a note's street is unknown. */
    static final String ANY = "*";

    private record Session(SseEmitter emitter, StaffPrincipal viewer) {}

    private final ScreenHistory history;
    private final long throttleMs;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
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
        timer.scheduleAtFixedRate(this::beat, 25, 25, TimeUnit.SECONDS);
    }

    SseEmitter open(StaffPrincipal viewer) {
        var emitter = new SseEmitter(TIMEOUT_MS);
        var session = new Session(emitter, viewer);
        sessions.add(session);
        emitter.onCompletion(() -> sessions.remove(session));
        emitter.onTimeout(() -> sessions.remove(session));
        emitter.onError(e -> sessions.remove(session));
        send(session, SseEmitter.event().comment("connected"));
        return emitter;
    }

    int openCount() {
        return sessions.size();
    }

    /** In the move's transaction: the screens hear of it once it commits (at once without a transaction). */
    @EventListener
    void on(CaseEvent event) {
        var facts = event.facts();
        Runnable heard = () -> {
            history.moved(facts.at());
            changed(facts.streetCode());
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            heard.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                heard.run();
            }
        });
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
        for (var session : sessions) {
            if (hears(session.viewer(), streets)) {
                send(session, SseEmitter.event().name(EVENT).data("changed"));
            }
        }
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

    private void beat() {
        for (var session : sessions) {
            send(session, SseEmitter.event().comment("heartbeat"));
        }
    }

    private void send(Session session, SseEmitter.SseEventBuilder event) {
        try {
            session.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("screen SSE client gone: {}", e.getMessage());
            sessions.remove(session);
            session.emitter().completeWithError(e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        sessions.forEach(session -> session.emitter().complete());
        sessions.clear();
    }
}
