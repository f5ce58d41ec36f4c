package org.urbangrid.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.grid.Grids;
import org.urbangrid.notifications.internal.NotificationPoller;
import org.urbangrid.support.MutableClock;
import org.urbangrid.support.Node;

import com.jayway.jsonpath.JsonPath;

/**
 * Restart survival, for real: the platform runs on a real port, the simulated 12345 system talks to it over HTTP.
 * A transfer back is enqueued while the hotline's receiver is down (its first try fails), the platform stops, a new
 * platform starts on the same database, the receiver is back, and the update arrives, signed; the hotline's retry of
 * its work order still answers the same case. Two Spring contexts one after the other on one database.
 */
abstract class HotlineExchangeRestartContract {

    static final String SECRET = "restart-secret-0123456789";

    /** A database of this test's own (nothing in it yet). */
    abstract String database() throws Exception;

    @Test
    void an_update_enqueued_while_the_hotline_is_down_is_delivered_after_the_platform_restarts() throws Exception {
        var url = database();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var webhook = "http://127.0.0.1:" + port + "/webhook";
        // both nodes' clocks start at MutableClock.DEFAULT; the second is moved past the first back-off (10 s)
        var hotlineClock = Clock.fixed(MutableClock.DEFAULT.plusSeconds(11), ZoneOffset.UTC);
        String key;
        String order;
        String number;
        long caseId;

        var first = Node.start(url, "--urbangrid.demo-history=false");
        try {
            var created = first.post("admin", "/api/channels", "{\"code\":\"h12345-restart\",\"name\":\"12345 重启测试\","
                    + "\"kind\":\"HOTLINE\",\"source\":\"HOTLINE_12345\",\"trusted\":true,\"webhookUrl\":\"" + webhook
                    + "\",\"webhookSecret\":\"" + SECRET + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long channel = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
            var issued = first.post("admin", "/api/channels/" + channel + "/keys", "{}");
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            key = JsonPath.read(issued.body(), "$.key");

            var point = first.context().getBean(Grids.class).centroidOf(HotlineExchangeContract.GRID);
            order = Simulated12345.workOrder("RESTART-0001", point.latitude(), point.longitude(), "市民来电:道路积水");
            try (var hotline = new Simulated12345(base(first), key, SECRET, port, hotlineClock)) {
                var answer = hotline.createOrderRetrying(order, 3, Duration.ofMillis(200));
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                number = JsonPath.read(answer.body(), "$.caseNumber");
                var retry = hotline.createOrder(order);
                assertThat(retry.status()).isEqualTo(200);
                assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
            }
            // the hotline's receiver is down from here on
            var jdbc = first.context().getBean(JdbcClient.class);
            caseId = jdbc.sql("select id from cases where case_number = ?").param(number).query(Long.class).single();
            var moved = first.post("operator", "/api/cases/" + caseId + "/transfer-back", "{\"comment\":\"属住建部门职责\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(15)).until(() -> outbox(jdbc, caseId).size() == 1);
            first.context().getBean(NotificationPoller.class).deliverDue();
            var row = outbox(jdbc, caseId).get(0);
            assertThat(row).as("refused connection: pending, one attempt").containsEntry("status", "PENDING")
                    .containsEntry("attempts", 1);
        } finally {
            first.close();
        }

        var second = Node.start(url, "--urbangrid.demo-history=false");
        try (var hotline = new Simulated12345(base(second), key, SECRET, port, hotlineClock)) {
            second.clock().advance(Duration.ofSeconds(11));
            second.context().getBean(NotificationPoller.class).deliverDue();

            assertThat(hotline.processed()).hasSize(1);
            var delivery = hotline.processed().get(0);
            assertThat(delivery.verified()).isTrue();
            assertThat(delivery.eventType()).isEqualTo("case.transferred_back");
            assertThat(JsonPath.<String>read(delivery.text(), "$.ticketId")).isEqualTo("RESTART-0001");
            assertThat(JsonPath.<String>read(delivery.text(), "$.note")).isEqualTo("属住建部门职责");
            var jdbc = second.context().getBean(JdbcClient.class);
            assertThat(outbox(jdbc, caseId).get(0)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);

            var retry = hotline.createOrder(order);
            assertThat(retry.status()).as("the retry after the restart: the same case").isEqualTo(200);
            assertThat(JsonPath.<String>read(retry.body(), "$.caseNumber")).isEqualTo(number);
            var feed = hotline.pullUpdates(100);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(JsonPath.<List<String>>read(feed.body(), "$.updates[*].move")).containsExactly("REPORT",
                    "TRANSFER_BACK");
        } finally {
            second.close();
        }
    }

    private static String base(Node node) {
        return String.format(Locale.ROOT, "http://127.0.0.1:%s", node.context().getEnvironment().getProperty("local.server.port"));
    }

    private static List<java.util.Map<String, Object>> outbox(JdbcClient jdbc, long caseId) {
        return jdbc.sql("select status, attempts from notification where dedupe_key like ?")
                .param("exchange:case:" + caseId + ":%").query().listOfRows();
    }
}
