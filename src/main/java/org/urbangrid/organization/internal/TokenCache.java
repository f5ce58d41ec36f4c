package org.urbangrid.organization.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.urbangrid.organization.StaffPrincipal;

/**
 * Resolved bearer tokens, kept for a few seconds ({@code urbangrid.security.token-cache}, at most 5 s, 0 turns it
 * off) so a busy API client costs no database look-up per request. A revocation on this node (logout, ending a
 * person's access) forgets every entry at once; on another node a revoked token works until its entry ages out.
 */
@Component
public class TokenCache {

    static final Duration MAX_TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(StaffPrincipal staff, long until) {}

    /** Shared by every context of the JVM (keys are hashes of random tokens), so a revocation can forget them. */
    private static final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Tokens tokens;
    private final long ttlNanos;

    TokenCache(Tokens tokens, @Value("${urbangrid.security.token-cache:5s}") Duration ttl) {
        this.tokens = tokens;
        this.ttlNanos = (ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl).toNanos();
    }

    Optional<StaffPrincipal> resolve(String token) {
        if (ttlNanos <= 0) {
            return tokens.resolve(token);
        }
        var key = Tokens.sha256(token);
        long now = System.nanoTime();
        var entry = entries.get(key);
        if (entry != null && now - entry.until() < 0) {
            return Optional.of(entry.staff());
        }
        var staff = tokens.resolve(token);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        staff.ifPresentOrElse(s -> entries.put(key, new Entry(s, now + ttlNanos)), () -> entries.remove(key));
        return staff;
    }

    /** Forgets every cached token at once: called wherever tokens are revoked. */
    public static void forgetAll() {
        entries.clear();
    }
}
