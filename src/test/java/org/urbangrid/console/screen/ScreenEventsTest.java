package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

/** An open screen hears "read again" after a move here or on another node, at most once per throttle interval. */
class ScreenEventsTest extends IntegrationTest {

    private static final Duration THROTTLE = Duration.ofSeconds(2);
    private static final Duration WITHIN = Duration.ofSeconds(6);

    @Autowired
    Grids grids;

    @Autowired
    ScreenSignals signals;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void quiet() throws InterruptedException {
        Thread.sleep(THROTTLE.toMillis() + 200); // whatever earlier tests signalled has left, the throttle is open
    }

    @Test
    void an_open_screen_is_told_to_read_again_after_a_move_commits() {
        var stream = open();
        assertThat(signalsIn(stream)).isZero();
        new ScreenReadings(api, mvc, grids).inspectorReport();
        await().atMost(WITHIN).until(() -> signalsIn(stream) == 1);
        assertThat(body(stream)).contains("event:screen-changed", "data:changed");
    }

    @Test
    void a_burst_right_after_a_signal_gives_one_more_signal_when_the_throttle_opens() throws InterruptedException {
        var stream = open();
        long first = System.nanoTime(); // the first signal leaves after this, the next one a throttle after that
        signals.changed("210231001");
        await().atMost(WITHIN).until(() -> signalsIn(stream) == 1);
        for (int i = 0; i < 20; i++) {
            signals.changed("210231001");
        }
        Thread.sleep(THROTTLE.toMillis() / 2);
        if (System.nanoTime() - first < THROTTLE.toNanos() - 100_000_000) {
            assertThat(signalsIn(stream)).as("the burst waits for the throttle").isEqualTo(1);
        }
        await().atMost(WITHIN).until(() -> signalsIn(stream) >= 2);
        assertThat(Duration.ofNanos(System.nanoTime() - first)).isGreaterThanOrEqualTo(THROTTLE.minusMillis(50));
        Thread.sleep(THROTTLE.toMillis() + 500);
        assertThat(signalsIn(stream)).as("the whole burst in one signal, nothing since").isEqualTo(2);
    }

    @Test
    void a_move_saved_on_another_node_reaches_the_screen_through_the_cluster_note() {
        var stream = open();
        jdbc.sql("insert into cluster_signal (node, topic, payload, created_at) values (?, ?, ?, ?)")
                .params("another-node", "case-changed", "{\"caseNumber\":\"20261125-09999\",\"streetCode\":\"210231001\","
                        + "\"unitGridCode\":\"210231001002005\",\"assistingDepartmentIds\":[]}",
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        await().atMost(WITHIN).until(() -> signalsIn(stream) == 1);
    }

    private MvcTestResult open() {
        var stream = mvc.get().uri("/console/screen/events").with(user("leader").roles("LEADER")).asyncExchange();
        assertThat(body(stream)).contains(":connected");
        return stream;
    }

    private static String body(MvcTestResult stream) {
        return new String(stream.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static int signalsIn(MvcTestResult stream) {
        return body(stream).split("event:screen-changed", -1).length - 1;
    }
}
