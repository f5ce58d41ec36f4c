package org.urbangrid.organization.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Whether a browser session may still act: the account is active and its credentials did not change after the
 * session logged in. Read from the database and kept at most {@link #TTL} per account, so a deactivation on
 * another node ends the session within seconds and one on this node at once ({@link #forget}).
 */
@Component
public class AccountStanding {

    /** How long this node trusts what it read; another node's change shows within this time. */
    static final Duration TTL = Duration.ofSeconds(5);

    /** The session attribute holding when the session logged in. */
    public static final String AUTHENTICATED_AT = "urbangrid.authenticatedAt";

    private record Cached(OrganizationStore.Standing standing, long readAtNanos) {}

    private final OrganizationStore store;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    AccountStanding(OrganizationStore store) {
        this.store = store;
    }

    /** True while the account is active and nothing ended its sessions after {@code authenticatedAt}. */
    public boolean sessionValid(long staffId, Instant authenticatedAt) {
        var now = System.nanoTime();
        var cached = cache.get(staffId);
        if (cached == null || now - cached.readAtNanos() > TTL.toNanos()) {
            var standing = store.standing(staffId).orElse(new OrganizationStore.Standing(false, null));
            cached = new Cached(standing, now);
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(staffId, cached);
        }
        var standing = cached.standing();
        if (!standing.active()) {
            return false;
        }
        // A session with no login time (from before login times were kept) ends at the first change too.
        return standing.credentialsChangedAt() == null
                || (authenticatedAt != null && !authenticatedAt.isBefore(standing.credentialsChangedAt()));
    }

    public void forget(long staffId) {
        cache.remove(staffId);
    }
}
