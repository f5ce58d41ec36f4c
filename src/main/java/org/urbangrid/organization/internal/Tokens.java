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
import org.springframework.transaction.annotation.Transactional;
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

    Tokens(JdbcClient jdbc, OrganizationStore store, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    public record Issued(String token, Instant expiresAt, StaffPrincipal staff) {}

    /** A new token when the username and password match an active account. */
    @Transactional
    public Optional<Issued> issue(String username, String password) {
        var hash = store.passwordHash(username);
        if (hash.isEmpty() || !passwords.matches(password, hash.get())) {
            return Optional.empty();
        }
        var staff = StaffPrincipal.of(store.staffByUsername(username).orElseThrow());
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

    static String sha256(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
