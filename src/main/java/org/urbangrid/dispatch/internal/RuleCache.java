package org.urbangrid.dispatch.internal;

import org.springframework.stereotype.Component;
import org.urbangrid.platform.ClusterSignals;

/**
 * The active rules held in memory. Routing runs for every filed case, while rules change a few times a year
 * and number in the hundreds, so one immutable snapshot is read lock-free and swapped whole after each change
 * made through {@link org.urbangrid.dispatch.RoutingRules}; another node's change moves the {@value #CACHE} version
 * in {@link ClusterSignals} and is seen here within a poll. Loaded lazily so that it reads the migrated schema.
 */
@Component
public class RuleCache {

    static final String CACHE = "routing-rules";

    private final RoutingRuleStore store;
    private final ClusterSignals signals;
    private volatile RuleIndex index;

    RuleCache(RoutingRuleStore store, ClusterSignals signals) {
        this.store = store;
        this.signals = signals;
        signals.register(CACHE, this::reload);
    }

    RuleIndex current() {
        var current = index;
        return current != null ? current : reload();
    }

    /** Called after every change: tells the other nodes and re-reads the active rules here. */
    public void refresh() {
        signals.changed(CACHE);
    }

    private synchronized RuleIndex reload() {
        index = RuleIndex.of(store.active());
        return index;
    }
}
