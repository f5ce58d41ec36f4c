package org.urbangrid.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.urbangrid.cases.internal.OverdueRace;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Node;
import org.urbangrid.support.PostgresAvailable;
import org.urbangrid.support.PostgresDatabase;
import org.urbangrid.support.TcpProxy;

import com.jayway.jsonpath.JsonPath;

/**
 * Several nodes, one truth: two application nodes on one fresh PostgreSQL database. Node A talks to it directly,
 * node B through a TCP proxy that one test cuts. What an administrator changes on A, B follows within
 * seconds; a case saved on A reaches the console streams open on B, each only within its person's scope.
 */
@ExtendWith(PostgresAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesPostgresTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final String GRID = "210231001002005";

    static TcpProxy proxy;
    static Node a;
    static Node b;

    @BeforeAll
    static void start() throws Exception {
        var url = PostgresDatabase.fresh();
        var server = java.net.URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort());
        a = Node.start(url);
        b = Node.start(url.replace(":" + server.getPort() + "/", ":" + proxy.port() + "/"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void a_filing_condition_added_on_one_node_is_offered_by_the_other() {
        assertThat(conditionsOfE0102(b)).doesNotContain("E0102-02");
        var added = a.post("admin", "/api/catalog/classes/E0102/conditions", """
                {"description":"两节点测试:大件垃圾","limitAmount":2,"limitUnit":"WORK_HOURS","closingCondition":"已清运"}""");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String code = JsonPath.read(added.body(), "$.code");

        await().atMost(WITHIN).untilAsserted(() -> assertThat(conditionsOfE0102(b)).contains(code));
    }

    @Test
    @Order(2)
    void a_grid_imported_on_one_node_is_located_by_the_other() {
        var outside = b.get("inspector", "/api/grids/locate?lat=30.0005&lng=120.0005");
        assertThat(outside.statusCode()).as(outside.body()).isEqualTo(422);
        var imported = a.post("admin", "/api/grids/import", district());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        await().atMost(WITHIN).untilAsserted(() -> {
            var located = b.get("inspector", "/api/grids/locate?lat=30.0005&lng=120.0005");
            assertThat(located.statusCode()).as(located.body()).isEqualTo(200);
            assertThat(located.body()).contains("998001001001003");
        });
    }

    @Test
    @Order(3)
    void a_holiday_and_a_stage_limit_set_on_one_node_count_on_the_other() {
        var query = "/api/calendar/add?from=2026-12-02T17:00&amount=1&unit=WORK_HOURS";
        String before = JsonPath.read(b.get("dispatcher", query).body(), "$.due");
        var holiday = a.put("admin", "/api/calendar/days/2026-12-03", "{\"kind\":\"HOLIDAY\",\"name\":\"两节点测试假日\"}");
        assertThat(holiday.statusCode()).as(holiday.body()).isEqualTo(200);
        String expected = JsonPath.read(a.get("dispatcher", query).body(), "$.due");
        assertThat(expected).as("the holiday moves the due time").isNotEqualTo(before);

        var limits = a.put("admin", "/api/stage-limits", "[{\"stage\":\"ACCEPT\",\"amount\":25,\"unit\":\"WORK_MINUTES\"}]");
        assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);

        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat((String) JsonPath.read(b.get("dispatcher", query).body(), "$.due")).isEqualTo(expected);
            List<Integer> accept = JsonPath.read(b.get("dispatcher", "/api/stage-limits").body(),
                    "$[?(@.stage == 'ACCEPT')].amount");
            assertThat(accept).containsExactly(25);
        });
    }

    @Test
    @Order(4)
    void a_case_reported_on_one_node_reaches_the_streams_in_scope_on_the_other() throws Exception {
        var dispatcher = b.sse("dispatcher");
        var inspector = b.sse("inspector");
        var otherInspector = b.sse("inspector16");
        var handler = b.sse("handler");
        var admin = b.sse("admin");

        var reported = a.post("operator", "/api/cases", hotline());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        String number = JsonPath.read(reported.body(), "$.number");

        assertThat(dispatcher.data().poll(10, TimeUnit.SECONDS)).as("dispatcher on node B").isEqualTo(number);
        assertThat(inspector.data().poll(5, TimeUnit.SECONDS)).as("inspector whose area it is").isEqualTo(number);
        Thread.sleep(500);
        assertThat(otherInspector.data()).as("inspector of another community").isEmpty();
        assertThat(handler.data()).as("handler: no department leads it yet").isEmpty();
        assertThat(admin.data()).as("administrator").isEmpty();
    }

    @Test
    @Order(6)
    void the_overdue_mark_set_by_one_node_survives_a_save_on_the_other() {
        var reported = a.post("operator", "/api/cases", hotline());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        long id = ((Number) JsonPath.read(reported.body(), "$.id")).longValue();
        a.clock().advance(Duration.ofDays(3));
        b.clock().advance(Duration.ofDays(3));

        assertThat(OverdueRace.markDuringSave(a.context(), b.context(), id, OverdueRace.Save.AS_READ)).isTrue();
    }

    @Test
    @Order(5)
    void with_its_database_out_of_reach_a_node_answers_503_at_once_and_recovers_by_itself() throws Exception {
        assertThat(b.get("dispatcher", "/api/cases/overdue").statusCode()).isEqualTo(200);
        proxy.cut();
        try {
            long start = System.nanoTime();
            var refused = b.get("dispatcher", "/api/cases/overdue");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("error.database-unavailable", "数据库");
            assertThat(millis).as("answered without waiting out the database").isLessThan(3_000);
            assertThat(a.get("dispatcher", "/api/cases/overdue").statusCode()).as("node A is unaffected").isEqualTo(200);
        } finally {
            proxy.restore();
        }
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(b.get("dispatcher", "/api/cases/overdue").statusCode()).isEqualTo(200));
    }

    private static List<String> conditionsOfE0102(Node node) {
        var response = node.get("dispatcher", "/api/catalog/classes/E0102");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.conditions[*].code");
    }

    private static String hotline() {
        var point = a.context().getBean(Grids.class).centroidOf(GRID);
        return String.format(Locale.ROOT, """
                {"source":"HOTLINE_12345","latitude":%.7f,"longitude":%.7f,"description":"市民来电:两节点测试",
                "reporterContact":"138****0000"}""", point.latitude(), point.longitude());
    }

    /** District 998001, one street, one community and four unit grids of 0.001° around (30.001 N, 120.001 E). */
    private static String district() {
        double c = 0.001;
        var features = new StringBuilder();
        features.append(rect("998001", "两节点测试区", "district", null, 30, 120, 30 + 2 * c, 120 + 2 * c));
        features.append(',').append(rect("998001001", "测试街道", "street", "998001", 30, 120, 30 + 2 * c, 120 + 2 * c));
        features.append(',').append(rect("998001001001", "测试社区", "community", "998001001", 30, 120, 30 + 2 * c, 120 + 2 * c));
        int n = 1;
        for (int row = 1; row >= 0; row--) {
            for (int col = 0; col <= 1; col++) {
                double south = 30 + row * c;
                double west = 120 + col * c;
                features.append(',').append(rect("998001001001%03d".formatted(n), "测试网格" + n, "unit", "998001001001",
                        south, west, south + c, west + c));
                n++;
            }
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static String rect(String code, String name, String level, String parent, double south, double west,
            double north, double east) {
        var ring = String.format(Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]", west, south, east, south,
                east, north, west, north, west, south);
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\""
                + level + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"")
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }
}
