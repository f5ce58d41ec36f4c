package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.support.IntegrationTest;

/**
 * Two nodes' {@link ClusterSignals} on one database, polled by hand: a cache follows a version moved elsewhere,
 * and a note committed late under a lower id is still delivered, once.
 */
class ClusterSignalsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    private ClusterSignals node() {
        return new ClusterSignals(jdbc, clock, Duration.ofSeconds(1));
    }

    @Test
    void a_cache_reloads_when_another_node_moved_its_version_and_only_then() {
        var a = node();
        var b = node();
        var reloadsOnA = new AtomicInteger();
        var reloadsOnB = new AtomicInteger();
        var name = "test-cache-" + System.nanoTime();
        a.register(name, reloadsOnA::incrementAndGet);
        b.register(name, reloadsOnB::incrementAndGet);
        b.poll();
        assertThat(reloadsOnB).as("never changed").hasValue(0);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            a.changed(name);
            assertThat(reloadsOnA).as("not before commit").hasValue(0);
        });
        assertThat(reloadsOnA).as("after commit, here").hasValue(1);
        b.poll();
        assertThat(reloadsOnB).as("on the other node").hasValue(1);
        b.poll();
        a.poll();
        assertThat(reloadsOnB).as("once").hasValue(1);
        assertThat(reloadsOnA).as("its own change is not reloaded twice").hasValue(1);
    }

    @Test
    void a_change_rolled_back_tells_nobody() {
        var a = node();
        var b = node();
        var reloads = new AtomicInteger();
        var name = "test-cache-" + System.nanoTime();
        b.register(name, reloads::incrementAndGet);
        b.poll();
        a.poll();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            a.changed(name);
            a.publish("test-topic", "never");
            status.setRollbackOnly();
        });
        var heard = new CopyOnWriteArrayList<String>();
        b.subscribe("test-topic", heard::add);
        b.poll();
        assertThat(reloads).hasValue(0);
        assertThat(heard).isEmpty();
    }

    @Test
    void notes_reach_the_other_node_even_when_a_lower_id_commits_later() throws Exception {
        var a = node();
        var b = node();
        var topic = "test-topic-" + System.nanoTime();
        List<String> heardOnB = new CopyOnWriteArrayList<>();
        List<String> heardOnA = new CopyOnWriteArrayList<>();
        b.subscribe(topic, heardOnB::add);
        a.subscribe(topic, heardOnA::add);
        b.poll();
        a.poll();

        var written = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var slow = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            a.publish(topic, "slow");
            written.countDown();
            await(commit);
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        a.publish(topic, "fast");
        b.poll();
        assertThat(heardOnB).containsExactly("fast");

        commit.countDown();
        slow.get(10, TimeUnit.SECONDS);
        b.poll();
        b.poll();
        assertThat(heardOnB).containsExactly("fast", "slow");
        a.poll();
        assertThat(heardOnA).as("a node delivers its own notes in-process, not from the table").isEmpty();
    }

    @Test
    void a_node_that_knows_of_no_other_node_alive_writes_no_notes() {
        var a = node();
        a.publish("test-topic", "alone");
        assertThat(notesOf(a)).isZero();
        a.poll();
        a.publish("test-topic", "with others");
        assertThat(notesOf(a)).as("this context's own node beats too").isEqualTo(1);
    }

    private long notesOf(ClusterSignals node) {
        return jdbc.sql("select count(*) from cluster_signal where node = ?").param(node.node()).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
