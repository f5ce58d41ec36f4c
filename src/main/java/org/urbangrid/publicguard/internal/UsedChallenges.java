package org.urbangrid.publicguard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.platform.SqlTimes;

/**
 * Used proof-of-work challenges (已用挑战), each until it expires: in a bounded map of this node (a replay costs no
 * database round trip) and in the table {@code public_pow_used}, whose primary key lets exactly one node claim a
 * challenge. Expired rows are deleted at most once a minute per node, by the node that claims one.
 */
public final class UsedChallenges {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentMap<String, Boolean> usedHere;
    private final AtomicLong nextPurgeAt = new AtomicLong(Long.MIN_VALUE);

    public UsedChallenges(JdbcClient jdbc, Clock clock, int maxRemembered, Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.usedHere = Caffeine.newBuilder().maximumSize(Math.max(1, maxRemembered))
                .expireAfterWrite(ttl.plusMinutes(1)).<String, Boolean>build().asMap();
    }

    /** Marks a challenge used: true the first time on any node, false ever after (until it has expired). */
    public boolean claim(String id, Instant expiresAt) {
        if (usedHere.containsKey(id)) {
            return false;
        }
        purgeExpired();
        int inserted = jdbc.sql("insert into public_pow_used (challenge_id, expires_at) values (?, ?) on conflict do nothing")
                .params(id, SqlTimes.toDb(expiresAt)).update();
        usedHere.put(id, Boolean.TRUE);
        return inserted == 1;
    }

    private void purgeExpired() {
        long now = clock.millis();
        long due = nextPurgeAt.get();
        if (now >= due && nextPurgeAt.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            jdbc.sql("delete from public_pow_used where expires_at < ?").param(SqlTimes.toDb(clock.instant())).update();
        }
    }
}
