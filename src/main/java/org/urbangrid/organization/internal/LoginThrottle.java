package org.urbangrid.organization.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/**
 * Slows down and then stops password guessing, per account and per client address, for the form login and
 * {@code POST /api/auth/token} alike. Failures are rows in the shared database, so every node counts the same.
 * From {@code slow-after} failures in the window each further attempt waits a little longer (up to 2 s);
 * at {@code max-per-account} (or {@code max-per-address}) attempts are refused with 429 and Retry-After until
 * the oldest failure leaves the window. A successful login clears the account's failures.
 */
@Component
public class LoginThrottle {

    /** A refusal: how long to wait before trying again. */
    public static final class Blocked extends UrbanGridException {
        private final long retryAfterSeconds;

        Blocked(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "error.auth.throttled", Math.max(1, (retryAfterSeconds + 59) / 60));
            this.retryAfterSeconds = retryAfterSeconds;
            with("retryAfterSeconds", retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;
    private final int slowAfter;
    private final Duration delayStep;

    LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${urbangrid.login.window:15m}") Duration window,
            @Value("${urbangrid.login.max-per-account:5}") int perAccount,
            @Value("${urbangrid.login.max-per-address:30}") int perAddress,
            @Value("${urbangrid.login.slow-after:3}") int slowAfter,
            @Value("${urbangrid.login.delay-step:250ms}") Duration delayStep) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.slowAfter = slowAfter;
        this.delayStep = delayStep;
    }

    /** Before checking a password: refuses with {@link Blocked} when too many failed, else waits if some did. */
    public void beforeAttempt(String username, String address) {
        var now = clock.instant();
        var since = now.minus(window);
        var account = count(accountKey(username), since);
        var fromAddress = count(addressKey(address), since);
        if (account.failures() >= perAccount || fromAddress.failures() >= perAddress) {
            var oldest = account.failures() >= perAccount ? account.oldest() : fromAddress.oldest();
            var wait = Duration.between(now, oldest.plus(window)).toSeconds();
            throw new Blocked(Math.max(1, wait));
        }
        long over = account.failures() - slowAfter + 1;
        if (over > 0 && !delayStep.isZero()) {
            sleep(Math.min(2000, delayStep.toMillis() * (1L << Math.min(over - 1, 4))));
        }
    }

    public void failed(String username, String address) {
        var now = SqlTimes.toDb(clock.instant());
        jdbc.sql("delete from login_failure where failed_at < ?").param(SqlTimes.toDb(clock.instant().minus(window)))
                .update();
        jdbc.sql("insert into login_failure (subject, failed_at) values (?, ?)").params(accountKey(username), now).update();
        jdbc.sql("insert into login_failure (subject, failed_at) values (?, ?)").params(addressKey(address), now).update();
    }

    public void succeeded(String username) {
        jdbc.sql("delete from login_failure where subject = ?").param(accountKey(username)).update();
    }

    private record Count(long failures, Instant oldest) {}

    private Count count(String subject, Instant since) {
        return jdbc.sql("select count(*), min(failed_at) from login_failure where subject = ? and failed_at >= ?")
                .params(subject, SqlTimes.toDb(since))
                .query((rs, n) -> {
                    var oldest = rs.getObject(2, java.time.OffsetDateTime.class);
                    return new Count(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                }).single();
    }

    private static String accountKey(String username) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "u:" + (name.length() > 100 ? name.substring(0, 100) : name);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "?" : address.length() > 100 ? address.substring(0, 100) : address);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
