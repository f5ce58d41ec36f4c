package org.urbangrid.platform;

import java.time.Instant;
import java.util.function.Function;

/**
 * 模拟时间: runs work on a simulated clock that only the calling thread reads, starting at a given instant and
 * moved only forward by the work itself. Every other thread (requests, schedulers, listeners) keeps reading the
 * real time. Only the city-month simulator may use it (an architecture test holds every other module to that).
 */
public interface SimulatedTime {

    /** The simulated clock as the work sees it. */
    interface Control {

        Instant now();

        /** Moves the calling thread's time forward to {@code instant}; refuses to go back. */
        void advanceTo(Instant instant);
    }

    /** Runs the work with the injected {@link java.time.Clock} reading the simulated time on this thread. */
    <T> T run(Instant start, Function<Control, T> work);
}
