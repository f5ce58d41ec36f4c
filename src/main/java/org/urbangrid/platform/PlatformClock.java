package org.urbangrid.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system clock, except on a thread that {@link ThreadScopedTime} runs on a simulated
 * clock. Nothing public moves it; the simulated instant lives in a thread-local only {@link ThreadScopedTime} sets.
 */
final class PlatformClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> simulated;

    PlatformClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private PlatformClock(Clock system, ThreadLocal<Instant> simulated) {
        this.system = system;
        this.simulated = simulated;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PlatformClock(system.withZone(zone), simulated);
    }

    @Override
    public Instant instant() {
        var now = simulated.get();
        return now != null ? now : system.instant();
    }

    Instant simulatedNow() {
        return simulated.get();
    }

    void simulate(Instant now) {
        if (now == null) {
            simulated.remove();
        } else {
            simulated.set(now);
        }
    }
}
