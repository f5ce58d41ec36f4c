package org.urbangrid.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests set and move; the application reads it through the injected {@link Clock}. */
public class MutableClock extends Clock {

    public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    /** Wednesday 25 November 2026, 09:00 in the city: a plain working morning. */
    public static final Instant DEFAULT = LocalDateTime.of(2026, 11, 25, 9, 0).atZone(CITY).toInstant();

    private volatile Instant now = DEFAULT;
    /** A simulated time only the thread that set it reads (as the platform clock does for the simulator). */
    private final ThreadLocal<Instant> thisThread = new ThreadLocal<>();

    public void set(Instant instant) {
        now = instant;
    }

    public void set(LocalDateTime local) {
        now = local.atZone(CITY).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return CITY;
    }

    /** Sets (or with null clears) the time the calling thread alone reads. */
    void simulateOnThisThread(Instant instant) {
        if (instant == null) {
            thisThread.remove();
        } else {
            thisThread.set(instant);
        }
    }

    Instant simulatedOnThisThread() {
        return thisThread.get();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var simulated = thisThread.get();
        return simulated != null ? simulated : now;
    }
}
