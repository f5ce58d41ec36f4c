package org.urbangrid.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.notifications.internal.NotificationPoller;
import org.urbangrid.notifications.internal.NotificationProperties;
import org.urbangrid.notifications.internal.NotificationRows;
import org.urbangrid.notifications.internal.Sender;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox end to end against a real local HTTP receiver, with time driven by the test clock and the poller called
 * directly: signed delivery, back-off, giving up, redelivery, restarts, exclusive claims, dedupe, the caller's
 * transaction. On H2 and PostgreSQL.
 */
abstract class NotificationOutboxContract extends IntegrationTest {

    static final String SECRET = "test-secret-回调";

    @Autowired Notifications notifications;
    @Autowired NotificationPoller poller;
    @Autowired NotificationRows rows;
    @Autowired NotificationProperties properties;
    @Autowired List<Sender> senders;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        // nothing of this test is left for a later one (or the background poller) to deliver
        jdbc.sql("update notification set status = 'FAILED' where status = 'PENDING'").update();
    }

    private long webhook(String body) {
        return notifications.enqueueWebhook("test-endpoint", receiver.url(), SECRET, "case.closed", body);
    }

    private Notification stored(long id) {
        return notifications.detail(id).notification();
    }

    @Test
    void a_webhook_is_posted_raw_with_event_delivery_timestamp_and_a_signature_the_secret_verifies() {
        var body = "{\"caseNumber\":\"20261125-00001\",\"status\":\"CLOSED\",\"note\":\"已结案\"}";
        long id = webhook(body);
        assertThat(stored(id).status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(receiver.received()).as("nothing is sent when enqueued").isEmpty();

        poller.deliverDue();

        assertThat(receiver.received()).hasSize(1);
        var request = receiver.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hook");
        assertThat(request.text()).isEqualTo(body);
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header(WebhookSignature.EVENT)).isEqualTo("case.closed");
        assertThat(request.header(WebhookSignature.DELIVERY)).isEqualTo(String.valueOf(id));
        assertThat(request.header(WebhookSignature.TIMESTAMP)).isEqualTo(String.valueOf(clock.instant().getEpochSecond()));
        assertThat(WebhookSignature.verify(SECRET, request.header(WebhookSignature.TIMESTAMP), request.body(),
                request.header(WebhookSignature.SIGNATURE), clock.instant(), WebhookSignature.DEFAULT_TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify("another secret", request.header(WebhookSignature.TIMESTAMP), request.body(),
                request.header(WebhookSignature.SIGNATURE), clock.instant(), WebhookSignature.DEFAULT_TOLERANCE)).isFalse();

        var detail = notifications.detail(id);
        assertThat(detail.notification().status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(detail.notification().deliveredAt()).isEqualTo(clock.instant());
        assertThat(detail.notification().attempts()).isEqualTo(1);
        assertThat(detail.attempts()).singleElement().satisfies(a -> {
            assertThat(a.delivered()).isTrue();
            assertThat(a.httpStatus()).isEqualTo(204);
            assertThat(a.error()).isNull();
        });

        clock.advance(Duration.ofHours(2));
        poller.deliverDue();
        assertThat(receiver.received()).as("a delivered message is not sent again").hasSize(1);
    }

    @Test
    void a_failing_receiver_is_retried_after_10_20_then_40_seconds() {
        receiver.failFirst(3);
        long id = webhook("{\"n\":1}");
        var start = clock.instant();

        poller.deliverDue();
        assertThat(receiver.received()).hasSize(1);
        var first = stored(id);
        assertThat(first.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("HTTP 500");
        assertThat(first.nextAttemptAt()).isEqualTo(start.plusSeconds(10));

        clock.advance(Duration.ofSeconds(9));
        poller.deliverDue();
        assertThat(receiver.received()).as("not yet due").hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        poller.deliverDue();
        assertThat(receiver.received()).hasSize(2);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(start.plusSeconds(10 + 20));

        clock.advance(Duration.ofSeconds(19));
        poller.deliverDue();
        assertThat(receiver.received()).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        poller.deliverDue();
        assertThat(receiver.received()).hasSize(3);
        assertThat(stored(id).nextAttemptAt()).isEqualTo(start.plusSeconds(10 + 20 + 40));

        clock.advance(Duration.ofSeconds(40));
        poller.deliverDue();
        assertThat(receiver.received()).hasSize(4);
        assertThat(receiver.received()).extracting(r -> r.header(WebhookSignature.DELIVERY))
                .as("every retry carries the same delivery id").containsOnly(String.valueOf(id));
        var detail = notifications.detail(id);
        assertThat(detail.notification().status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(detail.notification().lastError()).isNull();
        assertThat(detail.attempts()).extracting(NotificationAttempt::delivered).containsExactly(false, false, false, true);
        assertThat(detail.attempts()).extracting(NotificationAttempt::httpStatus).containsExactly(500, 500, 500, 204);
        assertThat(detail.attempts()).extracting(NotificationAttempt::at).containsExactly(start, start.plusSeconds(10),
                start.plusSeconds(30), start.plusSeconds(70));
    }

    @Test
    void the_back_off_doubles_up_to_an_hour() {
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.backoff(9)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(properties.backoff(10)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void after_the_last_allowed_try_the_message_is_given_up_and_redelivery_makes_it_deliverable_again() {
        receiver.failFirst(1000);
        long id = webhook("{\"n\":2}");
        int max = properties.maxAttempts();
        for (int attempt = 1; attempt <= max; attempt++) {
            poller.deliverDue();
            assertThat(receiver.received()).hasSize(attempt);
            clock.advance(properties.backoff(attempt));
        }
        var failed = stored(id);
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(max);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");

        clock.advance(Duration.ofHours(5));
        poller.deliverDue();
        assertThat(receiver.received()).as("a given-up message is left alone").hasSize(max);

        receiver.failFirst(0);
        var redelivered = notifications.redeliver(id);
        assertThat(redelivered.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(redelivered.attempts()).isZero();
        assertThat(redelivered.nextAttemptAt()).isEqualTo(clock.instant());
        poller.deliverDue();
        assertThat(receiver.received()).hasSize(max + 1);
        var detail = notifications.detail(id);
        assertThat(detail.notification().status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(detail.attempts()).as("the history keeps every try").hasSize(max + 1);

        assertThatThrownBy(() -> notifications.redeliver(Long.MAX_VALUE)).isInstanceOfSatisfying(
                UrbanGridException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void a_message_pending_at_shutdown_is_delivered_by_a_freshly_started_poller() {
        long id = webhook("{\"n\":3}");
        // a node that stopped while delivering: its claim holds the message until the lease runs out
        long held = webhook("{\"n\":4}");
        assertThat(rows.claim(held, clock.instant(), clock.instant().plus(properties.lease()), "node-that-died"))
                .isPresent();

        var restarted = new NotificationPoller(rows, senders, properties, clock, transactions, null);
        restarted.deliverDue();
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::text).containsExactly("{\"n\":3}");
        assertThat(stored(id).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(stored(held).status()).isEqualTo(NotificationStatus.PENDING);

        clock.advance(properties.lease());
        new NotificationPoller(rows, senders, properties, clock, transactions, null).deliverDue();
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::text)
                .containsExactly("{\"n\":3}", "{\"n\":4}");
        assertThat(stored(held).status()).isEqualTo(NotificationStatus.DELIVERED);
    }

    @Test
    void a_claim_is_exclusive_and_only_its_holder_records_the_outcome() {
        long id = webhook("{\"n\":5}");
        var now = clock.instant();
        var first = rows.claim(id, now, now.plus(properties.lease()), "node-a");
        assertThat(first).isPresent();
        assertThat(rows.claim(id, now, now.plus(properties.lease()), "node-b")).as("held by node a").isEmpty();
        assertThat(rows.dueIds(now, 1000)).doesNotContain(id);

        var later = now.plus(properties.lease());
        var second = rows.claim(id, later, later.plus(properties.lease()), "node-c");
        assertThat(second).as("taken over after the lease ran out").isPresent();
        var transaction = new TransactionTemplate(transactions);
        Boolean lost = transaction.execute(s -> rows.delivered(first.get(), later));
        Boolean kept = transaction.execute(s -> rows.delivered(second.get(), later));
        assertThat(lost).as("node a lost its claim").isFalse();
        assertThat(kept).isTrue();
        assertThat(stored(id).status()).isEqualTo(NotificationStatus.DELIVERED);
    }

    @Test
    void a_dedupe_key_stores_one_message_also_inside_the_callers_transaction() {
        var key = "test:" + UUID.randomUUID();
        var message = NewNotification.webhook("test-endpoint", receiver.url(), SECRET, "case.filed", "{\"n\":6}")
                .dedupedBy(key);
        long first = notifications.enqueue(message);
        long again = new TransactionTemplate(transactions).execute(s -> {
            long inside = notifications.enqueue(message);
            notifications.enqueue(NotificationKind.LOG, "desk", "同一事务", "another message commits with it");
            return inside;
        });
        assertThat(again).isEqualTo(first);
        assertThat(notifications.enqueueWebhook("test-endpoint", receiver.url(), SECRET, "case.filed", "{}", key))
                .isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from notification where dedupe_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);

        poller.deliverDue();
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::text).containsExactly("{\"n\":6}");
    }

    @Test
    void a_message_enqueued_in_a_transaction_that_rolls_back_is_not_stored() {
        var key = "test:" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            notifications.enqueue(NewNotification.sms("13812345678", "case.closed", "您反映的问题已处理完毕。").dedupedBy(key));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from notification where dedupe_key = ?").param(key).query(Long.class)
                .single()).isZero();
    }

    @Test
    void sms_and_log_messages_are_delivered_by_their_senders() {
        long sms = notifications.enqueue(NewNotification.sms("13812345678", "case.closed", "您反映的问题已处理完毕。"));
        long log = notifications.enqueue(NotificationKind.LOG, "desk", "测试", "a line in the log");
        poller.deliverDue();
        assertThat(stored(sms).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(stored(sms).recipientShown()).isEqualTo("138****5678");
        assertThat(stored(log).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(stored(log).eventType()).isEqualTo(Notifications.DEFAULT_EVENT_TYPE);
        assertThat(stored(log).subject()).isEqualTo("测试");
    }

    @Test
    void a_webhook_needs_an_http_url_and_a_secret() {
        assertThatThrownBy(() -> notifications.enqueueWebhook("e", receiver.url(), " ", "case.closed", "{}"))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.properties()).containsEntry("field", "secret");
                });
        assertThatThrownBy(() -> notifications.enqueueWebhook("e", "ftp://example.org/x", SECRET, "case.closed", "{}"))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.properties()).containsEntry("field", "recipient"));
        assertThatThrownBy(() -> notifications.enqueue(NotificationKind.WEBHOOK, receiver.url(), "s", "{}"))
                .isInstanceOf(UrbanGridException.class);
        assertThatThrownBy(() -> notifications.enqueueWebhook("e", receiver.url(), SECRET, "", "{}"))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.properties()).containsEntry("field", "eventType"));
    }

    @Test
    void the_poller_is_a_durable_task_of_the_cluster_wide_scheduler() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'deliver-notifications'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pending_and_failed_messages_are_gauged() {
        webhook("{\"n\":7}");
        double pending = meters.get("urbangrid.notifications.messages").tag("status", "pending").gauge().value();
        assertThat(pending).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("urbangrid.notifications.messages").tag("status", "failed").gauge().value())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void delivered_messages_leave_the_outbox_after_the_keeping_time_and_owed_ones_never_do() {
        long old = webhook("{\"n\":1}");
        poller.deliverDue();
        receiver.failFirst(100);
        long owed = webhook("{\"n\":2}");
        poller.deliverDue();
        clock.advance(properties.keepDelivered().minusHours(1));
        long recent = webhook("{\"n\":3}");
        receiver.failFirst(0);
        var pruneAt = clock.instant();
        rows.pruneDeliveredBefore(pruneAt.minus(properties.keepDelivered()));
        assertThat(rows.find(old)).as("delivered less than the keeping time ago").isPresent();
        clock.advance(java.time.Duration.ofHours(2));
        poller.deliverDue(); // the owed one and the recent one go out now
        assertThat(rows.pruneDeliveredBefore(clock.instant().minus(properties.keepDelivered()))).isPositive();
        assertThat(rows.find(old)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_attempt where notification_id = ?").param(old)
                .query(Long.class).single()).isZero();
        assertThat(rows.find(owed)).isPresent();
        assertThat(rows.find(recent)).isPresent();
    }
}
