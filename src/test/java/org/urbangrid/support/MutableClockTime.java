package org.urbangrid.support;

import java.time.Instant;
import java.util.function.Function;

import org.urbangrid.platform.SimulatedTime;

/**
 * {@link SimulatedTime} on the tests' {@link MutableClock}, with the platform's semantics: the simulated time is
 * read by the simulating thread only and moves only forward; the test thread keeps its own time meanwhile.
 */
class MutableClockTime implements SimulatedTime {

    private final MutableClock clock;

    MutableClockTime(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public <T> T run(Instant start, Function<Control, T> work) {
        if (clock.simulatedOnThisThread() != null) {
            throw new IllegalStateException("this thread already runs on a simulated clock");
        }
        clock.simulateOnThisThread(start);
        try {
            return work.apply(new Control() {
                @Override
                public Instant now() {
                    return clock.instant();
                }

                @Override
                public void advanceTo(Instant instant) {
                    var now = clock.simulatedOnThisThread();
                    if (instant.isBefore(now)) {
                        throw new IllegalArgumentException("simulated time only moves forward");
                    }
                    clock.simulateOnThisThread(instant);
                }
            });
        } finally {
            clock.simulateOnThisThread(null);
        }
    }
}
