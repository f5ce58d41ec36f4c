package org.urbangrid.console.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open browsers of one live stream (server-sent events): one emitter per browser with what is known of its
 * viewer, forgotten when it completes, times out or fails, and a heartbeat comment every 25 seconds so proxies keep
 * the line open. The desk queues and the command-centre screen each keep one.
 *
 * @param <V> what the stream's owner needs to decide who hears an event
 */
public final class LiveStreams<V> {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    private static final long TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private record Stream<V>(SseEmitter emitter, V viewer) {}

    private final String name;
    private final Set<Stream<V>> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;

    public LiveStreams(String name) {
        this.name = name;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, name + "-sse-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> send(v -> true, SseEmitter.event().comment("heartbeat")), 25, 25,
                TimeUnit.SECONDS);
    }

    /** A new browser's emitter, told it is connected. */
    public SseEmitter open(V viewer) {
        return open(viewer, new SseEmitter(TIMEOUT_MS));
    }

    SseEmitter open(V viewer, SseEmitter emitter) {
        var stream = new Stream<>(emitter, viewer);
        streams.add(stream);
        stream.emitter().onCompletion(() -> streams.remove(stream));
        stream.emitter().onTimeout(() -> streams.remove(stream));
        stream.emitter().onError(e -> streams.remove(stream));
        send(stream, SseEmitter.event().comment("connected"));
        return stream.emitter();
    }

    public int openCount() {
        return streams.size();
    }

    /** Sends the event to every browser whose viewer {@code hears} it; a browser gone is dropped. */
    public void send(Predicate<V> hears, SseEmitter.SseEventBuilder event) {
        for (var stream : streams) {
            if (hears.test(stream.viewer())) {
                send(stream, event);
            }
        }
    }

    private void send(Stream<V> stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("{} SSE client gone: {}", name, e.getMessage());
            streams.remove(stream);
            try {
                stream.emitter().completeWithError(e);
            } catch (RuntimeException alreadyFailed) {
                // the container has already failed this stream (its AsyncContext is unusable): nothing to end
                log.debug("{} SSE stream already ended: {}", name, alreadyFailed.getMessage());
            }
        }
    }

    /** Ends every stream (the node stops). */
    public void close() {
        heartbeat.shutdownNow();
        streams.forEach(stream -> stream.emitter().complete());
        streams.clear();
    }
}
