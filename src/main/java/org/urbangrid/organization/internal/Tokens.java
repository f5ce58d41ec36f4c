package org.urbangrid.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.SqlTimes;

/**
 * Opaque bearer tokens: 32 random bytes handed out once, kept only as a SHA-256 hash with an expiry,
 * so several application nodes on one database all accept them.
 */
@Component
public class Tokens {

    static final Duration LIFETIME = Duration.ofHours(12);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final OrganizationStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final LoginThrottle throttle;
    /** Checked against when the username is unknown, so both answers take one bcrypt comparison. */
    private final String dummyHash;

    Tokens(JdbcClient jdbc, OrganizationStore store, PasswordEncoder passwords, Clock clock, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("no-such-user-" + new SecureRandom().nextLong());
    }

    public record Issued(String token, Instant expiresAt, StaffPrincipal staff) {}

    /**
     * A new token when the username and password match an active account. The same bcrypt work is done whether
     * or not the username exists; failures count towards {@link LoginThrottle}, which may refuse with 429.
     */
    // Not transactional: the throttle's wait and the bcrypt check must not hold a pooled connection.
    public Optional<Issued> issue(String username, String password, String address) {
        throttle.beforeAttempt(username, address);
        var hash = store.passwordHash(username);
        boolean matches = passwords.matches(password, hash.orElse(dummyHash));
        if (hash.isEmpty() || !matches) {
            throttle.failed(username, address);
            return Optional.empty();
        }
        var member = store.staffByUsername(username).orElseThrow();
        if (member.role() == org.urbangrid.organization.Role.CHANNEL) {
            // a channel's account acts only through its channel's key, never by a password (nobody knows it anyway)
            throttle.failed(username, address);
            return Optional.empty();
        }
        throttle.succeeded(username);
        var staff = StaffPrincipal.of(member);
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expires = now.plus(LIFETIME);
        jdbc.sql("delete from api_token where expires_at < ?").param(SqlTimes.toDb(now)).update();
        jdbc.sql("insert into api_token (token_hash, staff_id, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(sha256(token), staff.id(), SqlTimes.toDb(now), SqlTimes.toDb(expires)).update();
        return Optional.of(new Issued(token, expires, staff));
    }

    /** The staff member a live token belongs to. */
    public Optional<StaffPrincipal> resolve(String token) {
        return jdbc.sql("""
                select s.id from api_token t join staff s on s.id = t.staff_id
                where t.token_hash = ? and t.expires_at > ? and s.active""")
                .params(sha256(token), SqlTimes.toDb(clock.instant()))
                .query(Long.class).optional()
                .flatMap(store::staff)
                .map(StaffPrincipal::of);
    }

    /** Ends the token (logout); an unknown token is ignored. */
    public void revoke(String token) {
        jdbc.sql("delete from api_token where token_hash = ?").param(sha256(token)).update();
        TokenCache.forgetAll();
    }

    /** One digest per thread: looking the algorithm up again on every request cost more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    static String sha256(String token) {
        return HEX.formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
