package org.urbangrid.notifications.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.notifications.NotificationKind;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * 投递: delivers the messages that are due. Each due message is first claimed (a lease in its row, taken by one
 * conditional update, so two nodes never deliver one message at once), then sent outside any transaction, then its
 * outcome and the attempt row are written in one short transaction: DELIVERED, PENDING again after the back-off, or
 * FAILED after the last allowed try. Everything lives in the table, so a message pending when a node stops is
 * delivered after the next start (by any node); a node that stops mid-delivery leaves a lease that expires, and the
 * message is sent again (at least once, never lost).
 *
 * <p>Run by the durable scheduler's {@code deliver-notifications} task; tests call {@link #deliverDue()} directly.
 */
public class NotificationPoller {

    private static final Logger log = LoggerFactory.getLogger(NotificationPoller.class);
    /** At most this many batches in one run, so one run ends even while messages keep arriving. */
    private static final int MAX_BATCHES = 20;
    /** One run at a time in this JVM, whichever instance: the scheduler's and one called directly. */
    private static final ReentrantLock RUNNING = new ReentrantLock();

    private final NotificationRows rows;
    private final Map<NotificationKind, Sender> senders = new EnumMap<>(NotificationKind.class);
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    public NotificationPoller(NotificationRows rows, List<? extends Sender> senders, NotificationProperties properties,
            Clock clock, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.rows = rows;
        senders.forEach(sender -> this.senders.put(sender.kind(), sender));
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.meters = meters;
    }

    /** Delivers every message due now; returns how many tries were made (delivered or not). */
    public int deliverDue() {
        RUNNING.lock();
        try {
            int tried = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                var due = rows.dueIds(clock.instant(), properties.batchSize());
                for (var id : due) {
                    if (deliver(id)) {
                        tried++;
                    }
                }
                if (due.size() < properties.batchSize()) {
                    break;
                }
            }
            return tried;
        } finally {
            RUNNING.unlock();
        }
    }

    /** Claims, sends and records one message; false when another node holds it or it is no longer due. */
    private boolean deliver(long id) {
        var now = clock.instant();
        var claimed = rows.claim(id, now, now.plus(properties.lease()), UUID.randomUUID().toString());
        if (claimed.isEmpty()) {
            return false;
        }
        var message = claimed.get();
        var sender = senders.get(message.kind());
        long started = System.nanoTime();
        SendResult result;
        try {
            result = sender == null ? SendResult.failed(null, "no sender for " + message.kind()) : sender.send(message);
        } catch (RuntimeException e) {
            result = SendResult.failed(null, Errors.describe(e));
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        record(message, result, durationMs);
        return true;
    }

    private void record(Outgoing message, SendResult result, long durationMs) {
        var at = clock.instant();
        var error = Errors.clip(result.error());
        int attempts = message.attempts() + 1;
        boolean givenUp = !result.delivered() && attempts >= properties.maxAttempts();
        boolean kept = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean mine = result.delivered() ? rows.delivered(message, at)
                    : rows.failed(message, error, givenUp, givenUp ? at : at.plus(properties.backoff(attempts)));
            if (mine) {
                rows.insertAttempt(message.id(), at, result.delivered(), result.httpStatus(), error, durationMs);
            }
            return mine;
        }));
        if (!kept) {
            log.warn("notification {}: the lease ran out during delivery; another node may have sent it too",
                    message.id());
            return;
        }
        count(message.kind(), result.delivered() ? "delivered" : givenUp ? "given-up" : "failed");
        if (givenUp) {
            log.warn("notification {} ({} to {}) given up after {} attempts: {}", message.id(), message.kind(),
                    message.kind() == NotificationKind.SMS ? org.urbangrid.notifications.SmsGateway.mask(message.recipient())
                            : message.recipient(), attempts, error);
        } else if (!result.delivered()) {
            log.info("notification {} attempt {} failed, retried in {}: {}", message.id(), attempts,
                    properties.backoff(attempts), error);
        }
    }

    private void count(NotificationKind kind, String outcome) {
        if (meters != null) {
            Counter.builder("urbangrid.notifications.attempts").description("Tries to deliver a notification")
                    .tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT)).tag("outcome", outcome)
                    .register(meters).increment();
        }
    }
}
