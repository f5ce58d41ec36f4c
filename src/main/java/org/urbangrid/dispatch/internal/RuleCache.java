package org.urbangrid.dispatch.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The active rules held in memory. Routing runs for every filed case, while rules change a few times a year
 * and number in the hundreds, so one immutable snapshot is read lock-free and swapped whole after each change
 * made through {@link org.urbangrid.dispatch.RoutingRules}. A snapshot older than a minute is re-read as well,
 * so a second instance of the application (or a change made in SQL) is seen within a minute. Loaded lazily so
 * that it reads the migrated schema.
 */
@Component
public class RuleCache {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private record Snapshot(RuleIndex index, Instant loadedAt) {}

    private final RoutingRuleStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RuleCache(RoutingRuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    RuleIndex current() {
        var current = snapshot;
        if (current == null || stale(current)) {
            return refresh();
        }
        return current.index();
    }

    /** Re-reads the active rules; called after every change. */
    public RuleIndex refresh() {
        var fresh = new Snapshot(RuleIndex.of(store.active()), clock.instant());
        snapshot = fresh;
        return fresh.index();
    }

    /** Either way: a test clock may be set back. */
    private boolean stale(Snapshot current) {
        return Duration.between(current.loadedAt(), clock.instant()).abs().compareTo(MAX_AGE) > 0;
    }
}
