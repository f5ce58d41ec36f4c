package org.urbangrid.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.urbangrid.UrbanGridApplication;
import org.urbangrid.support.Api;
import org.urbangrid.support.PostgresAvailable;
import org.urbangrid.support.PostgresDatabase;

import com.jayway.jsonpath.JsonPath;

/**
 * Nothing acknowledged is lost: the platform runs as a JVM of its own on PostgreSQL, four clients post hotline
 * reports with Idempotency-Keys, the process is killed ({@code kill -9}) in the middle of it and started again.
 * Every report answered 201 is there, and replaying every acknowledged key creates nothing new.
 */
@ExtendWith(PostgresAvailable.class)
class CrashRecoveryPostgresTest {

    private static final int CLIENTS = 4;
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String POSITION = "\"latitude\":%.7f,\"longitude\":%.7f";

    private record Acknowledged(String key, String body, long id) {}

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url = PostgresDatabase.fresh();
    private Process process;
    private int port;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void every_acknowledged_report_survives_kill_9_and_replays_create_nothing() throws Exception {
        port = freePort();
        process = start("first");
        String token = token();
        String position = position(token);

        var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
        var running = new AtomicBoolean(true);
        var clients = new ArrayList<Thread>();
        for (int i = 0; i < CLIENTS; i++) {
            var client = new Thread(() -> {
                while (running.get()) {
                    var key = UUID.randomUUID().toString();
                    var body = "{\"source\":\"HOTLINE_12345\"," + position + ",\"description\":\"断电测试 " + key + "\"}";
                    try {
                        var response = report(token, key, body);
                        if (response.statusCode() == 201) {
                            acknowledged.add(new Acknowledged(key, body, ((Number) JsonPath.read(response.body(), "$.id")).longValue()));
                        }
                    } catch (IOException | RuntimeException e) {
                        // the node is gone (or going): this report was not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "reporter-" + i);
            clients.add(client);
            client.start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (acknowledged.size() < 100 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        running.set(false);
        for (var client : clients) {
            client.join(10_000);
        }
        assertThat(acknowledged).as("reports acknowledged before the kill").isNotEmpty();

        process = start("restarted");
        long before = caseCount();
        var ids = acknowledged.stream().map(Acknowledged::id).toList();
        assertThat(storedIds(ids)).as("every acknowledged report is stored").containsExactlyInAnyOrderElementsOf(ids);

        String again = token();
        for (var ack : acknowledged) {
            var replay = report(again, ack.key(), ack.body());
            assertThat(replay.statusCode()).as(replay.body()).isBetween(200, 201);
            assertThat(((Number) JsonPath.read(replay.body(), "$.id")).longValue()).isEqualTo(ack.id());
        }
        assertThat(caseCount()).as("replays created no case").isEqualTo(before);
        System.out.printf("kill -9 under load: %d reports acknowledged, %d cases stored (some unacknowledged ones "
                + "committed before the kill), %d replays created nothing%n", ids.size(), before, acknowledged.size());
    }

    private Process start(String label) throws IOException, InterruptedException {
        var log = Path.of("target", "crash-recovery-" + label + ".log");
        Files.createDirectories(log.getParent());
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), UrbanGridApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--urbangrid.demo=true",
                "--urbangrid.data-dir=" + Files.createTempDirectory("urbangrid-crash"), "--spring.main.banner-mode=off");
        var started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IllegalStateException("the platform did not start; see " + log);
            }
            try {
                var health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return started;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        started.destroyForcibly();
        throw new IllegalStateException("the platform did not answer within " + STARTUP + "; see " + log);
    }

    /** The test JVM's class path without the test classes: the platform as it ships, with its dependencies. */
    private static String applicationClassPath() {
        var path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes")
                        && !entry.replace('\\', '/').endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private java.net.http.HttpResponse<String> report(String token, String key, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/cases")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)).build(),
                BodyHandlers.ofString());
    }

    private String token() throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri("/api/auth/token")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"operator\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}"))
                .build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.read(response.body(), "$.token");
    }

    /** The middle of a demo unit grid's outline (a convex quadrilateral), as the report's position. */
    private String position(String token) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri("/api/grids/210231001002005"))
                .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<List<Number>> ring = JsonPath.read(response.body(), "$.geometry.coordinates[0]");
        var corners = ring.subList(0, ring.size() - 1);
        double lng = corners.stream().mapToDouble(p -> p.get(0).doubleValue()).average().orElseThrow();
        double lat = corners.stream().mapToDouble(p -> p.get(1).doubleValue()).average().orElseThrow();
        var located = http.send(HttpRequest.newBuilder(uri(String.format(Locale.ROOT, "/api/grids/locate?lat=%.7f&lng=%.7f",
                lat, lng))).header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
        assertThat(located.statusCode()).as(located.body()).isEqualTo(200);
        return String.format(Locale.ROOT, POSITION, lat, lng);
    }

    private long caseCount() throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var rs = connection.createStatement().executeQuery("select count(*) from cases")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> storedIds(List<Long> ids) throws SQLException {
        var found = new ArrayList<Long>();
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.prepareStatement("select id from cases where id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
        }
        return found;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
