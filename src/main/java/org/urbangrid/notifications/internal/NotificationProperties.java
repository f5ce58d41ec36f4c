package org.urbangrid.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's settings ({@code urbangrid.notifications.*}).
 *
 * @param maxAttempts tries before a message is given up (FAILED); default 10
 * @param initialBackoff the wait after the first failed try, doubled after each further one; default 10 s
 * @param maxBackoff the longest wait between two tries; default 1 h
 * @param pollInterval how often due messages are looked for (on one node, through the durable scheduler, so at most
 *        as often as {@code urbangrid.scheduler.polling-interval}); default 5 s
 * @param batchSize messages claimed per look; default 50
 * @param lease how long a node holds a message it is delivering before another node may take it (a node that stopped
 *        mid-delivery); longer than any one try; default 2 min
 * @param connectTimeout a webhook's connect timeout; default 5 s
 * @param requestTimeout a webhook's whole-answer timeout; default 10 s
 */
@ConfigurationProperties("urbangrid.notifications")
public record NotificationProperties(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration pollInterval, Integer batchSize, Duration lease, Duration connectTimeout, Duration requestTimeout,
        Duration keepDelivered) {

    public NotificationProperties {
        maxAttempts = maxAttempts == null ? 10 : Math.max(1, maxAttempts);
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        batchSize = batchSize == null ? 50 : Math.max(1, batchSize);
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        keepDelivered = keepDelivered == null ? Duration.ofDays(30) : keepDelivered;
        if (keepDelivered.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalStateException("urbangrid.notifications.keep-delivered must be at least a day");
        }
    }

    /** The defaults. */
    public static NotificationProperties defaults() {
        return new NotificationProperties(null, null, null, null, null, null, null, null, null);
    }

    /** The wait after the {@code attempts}-th failed try (1-based): initial × 2^(attempts − 1), at most the maximum. */
    public Duration backoff(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 40) {
            return maxBackoff;
        }
        var wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
