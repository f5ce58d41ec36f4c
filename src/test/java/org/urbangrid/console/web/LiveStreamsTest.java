package org.urbangrid.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A browser that went away never breaks the request whose event was being sent to it. */
class LiveStreamsTest {

    final LiveStreams<String> streams = new LiveStreams<>("test");

    @AfterEach
    void close() {
        streams.close();
    }

    /** An emitter whose container already failed it, as Tomcat does after a client vanished mid-stream. */
    static final class FailedByContainer extends SseEmitter {
        boolean failing;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (failing) {
                throw new IllegalStateException("A non-container (application) thread attempted to use the AsyncContext after an error");
            }
        }

        @Override
        public void completeWithError(Throwable ex) {
            throw new IllegalStateException("A non-container (application) thread attempted to use the AsyncContext after an error");
        }
    }

    static final class Listening extends SseEmitter {
        final List<SseEventBuilder> got = new ArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            got.add(builder);
        }
    }

    @Test
    void a_stream_the_container_failed_is_dropped_without_an_exception_and_the_others_still_hear() {
        var gone = new FailedByContainer();
        var alive = new Listening();
        streams.open("gone", gone);
        streams.open("alive", alive);
        assertThat(streams.openCount()).isEqualTo(2);
        gone.failing = true;

        assertThatCode(() -> streams.send(v -> true, SseEmitter.event().name("case").data("20261203-00001")))
                .doesNotThrowAnyException();

        assertThat(streams.openCount()).isEqualTo(1);
        assertThat(alive.got).hasSize(2); // "connected", then the event
    }
}
