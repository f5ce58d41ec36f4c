package org.urbangrid.publicguard.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.urbangrid.publicguard.internal.PublicGuardProperties.Budget;

/**
 * Budgets (配额) of this node, one number per key: the generic cell rate algorithm (GCRA). A budget of N per W lets
 * N requests through at once and then one every W/N; a key's state is the time its budget is full again, so a key
 * whose time has passed carries nothing and may be forgotten. The map is bounded (Caffeine, the least used go first)
 * and forgets a key after the longest stretch of any budget; time comes from the injected clock.
 */
public final class RateLimiter {

    private final Clock clock;
    private final ConcurrentMap<String, Long> fullAgainAt;

    public RateLimiter(Clock clock, int maxTracked, Duration longestStretch) {
        this.clock = clock;
        this.fullAgainAt = Caffeine.newBuilder().maximumSize(Math.max(1, maxTracked))
                .expireAfterAccess(longestStretch.plusSeconds(1)).<String, Long>build().asMap();
    }

    /** Charges one request to the key's budget: 0 when it fits, otherwise the milliseconds until one would. */
    public long tryAcquire(String key, Budget budget) {
        if (!budget.active()) {
            return 0;
        }
        long now = clock.millis();
        long per = budget.getPer().toMillis();
        long interval = Math.max(1, per / budget.getLimit());
        long[] wait = {0};
        fullAgainAt.compute(key, (k, at) -> {
            // A state further ahead than the whole stretch cannot come from charges (they stop at now + per): the
            // clock went back (NTP, a test's clock reset). Start afresh rather than refuse the key for that long.
            long start = at == null || at - now > per ? now : Math.max(at, now);
            long next = start + interval;
            if (next - now > per) {
                wait[0] = next - per - now;
                return at;
            }
            return next;
        });
        return wait[0];
    }

    /** About how many requests the key's budget holds now (what it was charged within the budget's stretch). */
    public int inUse(String key, Budget budget) {
        if (!budget.active()) {
            return 0;
        }
        var at = fullAgainAt.get(key);
        long ahead = at == null ? 0 : at - clock.millis();
        long interval = Math.max(1, budget.getPer().toMillis() / budget.getLimit());
        return ahead <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (ahead + interval - 1) / interval);
    }
}
