package org.urbangrid.dispatch.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.dispatch.RoutingRule;

/**
 * The active rules held in memory. Routing runs for every filed case, while rules change a few times a year
 * and number in the hundreds, so one immutable snapshot is read lock-free and swapped whole after each change
 * made through {@link org.urbangrid.dispatch.RoutingRules}. Loaded lazily so that it reads the migrated schema.
 */
@Component
public class RuleCache {

    private final RoutingRuleStore store;
    private volatile RuleIndex index;

    RuleCache(RoutingRuleStore store) {
        this.store = store;
    }

    RuleIndex current() {
        var snapshot = index;
        if (snapshot == null) {
            refresh();
            snapshot = index;
        }
        return snapshot;
    }

    /** Re-reads the active rules; call after every change. */
    public void refresh() {
        List<RoutingRule> active = store.active();
        index = RuleIndex.of(active);
    }
}
