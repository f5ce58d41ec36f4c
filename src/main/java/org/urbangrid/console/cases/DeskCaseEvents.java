package org.urbangrid.console.cases;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.cases.CaseChanged;

/**
 * The open browsers waiting for case changes: one emitter each, told {@code case-changed} after every saved
 * move, and sent a heartbeat comment every 25 seconds so proxies keep the line open.
 */
@Component
class DeskCaseEvents {

    static final String EVENT = "case-changed";
    private static final Logger log = LoggerFactory.getLogger(DeskCaseEvents.class);
    private static final long TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "console-sse-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    DeskCaseEvents() {
        heartbeat.scheduleAtFixedRate(this::beat, 25, 25, TimeUnit.SECONDS);
    }

    SseEmitter open() {
        var emitter = new SseEmitter(TIMEOUT_MS);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, SseEmitter.event().comment("connected"));
        return emitter;
    }

    int openCount() {
        return emitters.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseChanged changed) {
        for (var emitter : emitters) {
            send(emitter, SseEmitter.event().name(EVENT).data(changed.caseNumber()));
        }
    }

    private void beat() {
        for (var emitter : emitters) {
            send(emitter, SseEmitter.event().comment("heartbeat"));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("SSE client gone: {}", e.getMessage());
            emitters.remove(emitter);
            emitter.completeWithError(e);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }
}
