package org.urbangrid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.urbangrid.UrbanGridApplication;

import com.jayway.jsonpath.JsonPath;

/**
 * One application node started in this JVM on a real port, with its own {@link MutableClock}, called over HTTP
 * as the demo accounts (bearer tokens for the API, a form-login session for the console's live stream).
 */
public final class Node implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @TestConfiguration(proxyBeanMethods = false)
    static class NodeClock {
        @Bean
        @org.springframework.context.annotation.Primary
        MutableClock nodeClock() {
            return new MutableClock();
        }
    }

    /** Keeps the test sources' own configurations (the MockMvc tests' clock and API caller) out of the scan. */
    static final class SkipTestTypes extends TypeExcludeFilter {
        @Override
        public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                org.springframework.core.type.classreading.MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestTypes;
        }

        @Override
        public int hashCode() {
            return SkipTestTypes.class.hashCode();
        }
    }

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final List<Sse> streams = new ArrayList<>();

    private Node(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts a node on the given database with the demo district (loaded by the first node only). */
    public static Node start(String jdbcUrl, String... more) throws IOException {
        var args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--urbangrid.demo=true", "--urbangrid.scheduler.enabled=false",
                "--urbangrid.data-dir=" + Files.createTempDirectory("urbangrid-node"),
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        var context = new SpringApplicationBuilder(UrbanGridApplication.class, NodeClock.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton(SkipTestTypes.class.getName(),
                        new SkipTestTypes()))
                .run(args.toArray(String[]::new));
        return new Node(context);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public MutableClock clock() {
        return context.getBean(MutableClock.class);
    }

    public HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            var response = send(null, HttpRequest.newBuilder(uri("/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"username\":\"" + u + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}")));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + u + ": " + response.body());
            }
            return JsonPath.read(response.body(), "$.token");
        });
    }

    public HttpResponse<String> send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the console's form and opens {@code /console/events}; the data lines arrive in the queue. */
    public Sse sse(String user) throws IOException, InterruptedException {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2)).build();
        var page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + user + "&password=" + Api.DEMO_PASSWORD + "&_csrf="
                        + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), BodyHandlers.discarding());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("console login failed for " + user + ": " + login.statusCode());
        }
        var response = browser.send(HttpRequest.newBuilder(uri("/console/events"))
                .header("Accept", "text/event-stream").build(), BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no event stream for " + user + ": " + response.statusCode());
        }
        var sse = new Sse(response.body());
        streams.add(sse);
        return sse;
    }

    /** An open event stream: the data of every event, in order. */
    public static final class Sse implements AutoCloseable {

        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
        private final Stream<String> lines;

        Sse(Stream<String> lines) {
            this.lines = lines;
            var reader = new Thread(() -> {
                try {
                    lines.filter(line -> line.startsWith("data:")).map(line -> line.substring(5).trim())
                            .forEach(data::add);
                } catch (RuntimeException closed) {
                    // stream closed
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        public BlockingQueue<String> data() {
            return data;
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    @Override
    public void close() {
        streams.forEach(Sse::close);
        context.close();
    }
}
