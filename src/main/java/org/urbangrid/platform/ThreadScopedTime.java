package org.urbangrid.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/** {@link SimulatedTime} on the {@link PlatformClock}: the simulated instant is seen by the calling thread only. */
@Component
class ThreadScopedTime implements SimulatedTime {

    private final Clock clock;

    ThreadScopedTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <T> T run(Instant start, Function<Control, T> work) {
        if (!(clock instanceof PlatformClock platform)) {
            throw new IllegalStateException("the application clock is not the platform clock; it cannot be simulated");
        }
        if (platform.simulatedNow() != null) {
            throw new IllegalStateException("this thread already runs on a simulated clock");
        }
        platform.simulate(start);
        try {
            return work.apply(new Control() {
                @Override
                public Instant now() {
                    return platform.instant();
                }

                @Override
                public void advanceTo(Instant instant) {
                    var now = platform.simulatedNow();
                    if (now == null) {
                        throw new IllegalStateException("the simulation on this thread has ended");
                    }
                    if (instant.isBefore(now)) {
                        throw new IllegalArgumentException("simulated time only moves forward: " + instant + " < " + now);
                    }
                    platform.simulate(instant);
                }
            });
        } finally {
            platform.simulate(null);
        }
    }
}
