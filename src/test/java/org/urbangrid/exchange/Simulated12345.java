package org.urbangrid.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * 模拟 12345 系统: a small stand-in for a city's 12345 hotline system, for the demo and the tests — a real HTTP
 * client and server beside the platform, not a mock inside it. JDK only, so it runs as a single file:
 *
 * <pre>
 * java src/test/java/org/urbangrid/exchange/Simulated12345.java --platform http://localhost:8080 \
 *      --key ug_… --secret &lt;webhook secret&gt; --port 18345
 * </pre>
 *
 * <ul>
 * <li>It <b>receives webhooks</b> at {@code http://<host>:<port>/webhook}: checks {@code X-UrbanGrid-Signature} with
 * the shared secret exactly as {@code docs/webhooks.md} says (HMAC-SHA256 over timestamp "." raw body, compared in
 * constant time, timestamp within 5 minutes), records every request, drops repeats of a delivery id it already
 * processed, and acknowledges with 204 — or with 500 while told to fail the next N deliveries, and 401 for a bad
 * signature (so the platform tries again).</li>
 * <li>It <b>creates work orders</b> against {@code POST /exchange/v1/cases} with its API key, and retries them (a
 * lost answer, a 5xx, a 429) with the same ticket id, as a hotline system must.</li>
 * <li>It <b>pulls the feed</b> {@code GET /exchange/v1/updates} from its last cursor.</li>
 * </ul>
 *
 * The signature check is written here again on purpose (the platform's {@code WebhookSignature} is not on a single
 * file's class path); the tests check the two agree.
 */
public final class Simulated12345 implements AutoCloseable {

    /** One webhook request as received. */
    public record Delivery(String deliveryId, String eventType, String timestamp, String signature, byte[] body,
            boolean verified, int answered, boolean repeat, Instant receivedAt) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The platform's answer to a call. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** How far a webhook's timestamp may lie from this system's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    private final String platform;
    private final String key;
    private final String secret;
    private final Clock clock;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Set<String> processed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String cursor;
    private volatile java.util.function.Consumer<Delivery> listener = delivery -> { };

    /**
     * Starts the receiver on the port (0: any free one) of the loopback address ({@code bindAll}: every address).
     *
     * @param clock this system's clock, against which the webhooks' timestamps are judged
     */
    public Simulated12345(String platform, String key, String secret, int port, Clock clock, boolean bindAll)
            throws IOException {
        this.platform = platform == null ? null : platform.replaceAll("/+$", "");
        this.key = key;
        this.secret = secret;
        this.clock = clock;
        var address = bindAll ? new InetSocketAddress(port) : new InetSocketAddress("127.0.0.1", port);
        this.server = HttpServer.create(address, 0);
        server.createContext("/webhook", this::receive);
        server.start();
    }

    public Simulated12345(String platform, String key, String secret, int port, Clock clock) throws IOException {
        this(platform, key, secret, port, clock, false);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where the platform posts: the channel's webhook URL. */
    public String webhookUrl() {
        return "http://127.0.0.1:" + port() + "/webhook";
    }

    /** Answers 500 to the next {@code n} webhook requests (a system that is down or busy). */
    public Simulated12345 failFirst(int n) {
        failuresLeft.set(n);
        return this;
    }

    /** Every webhook request received, in order, acknowledged or not. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The requests acknowledged for the first time: each delivery processed once. */
    public List<Delivery> processed() {
        return deliveries.stream().filter(d -> d.answered() / 100 == 2 && !d.repeat()).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            var body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            var id = headers.getFirst("X-UrbanGrid-Delivery");
            var timestamp = headers.getFirst("X-UrbanGrid-Timestamp");
            var signature = headers.getFirst("X-UrbanGrid-Signature");
            boolean verified = verify(secret, timestamp, body, signature, clock.instant(), TOLERANCE);
            int status;
            boolean repeat = false;
            if (!verified) {
                status = 401;
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else {
                repeat = id != null && !processed.add(id);
                status = 204;
            }
            var delivery = new Delivery(id, headers.getFirst("X-UrbanGrid-Event"), timestamp, signature, body,
                    verified, status, repeat, clock.instant());
            deliveries.add(delivery);
            exchange.sendResponseHeaders(status, -1);
            listener.accept(delivery);
        }
    }

    /** Tells someone of every webhook request, after it was answered (the demo prints them). */
    public Simulated12345 onDelivery(java.util.function.Consumer<Delivery> listener) {
        this.listener = listener;
        return this;
    }

    /**
     * The webhook check of docs/webhooks.md: {@code sha256=} + lower-case hex of HMAC-SHA256(key = secret as UTF-8,
     * data = timestamp + "." + raw body), compared in constant time; the timestamp (epoch seconds) within the
     * tolerance of {@code now}. Anything missing or malformed is false.
     */
    public static boolean verify(String secret, String timestamp, byte[] body, String signature, Instant now,
            Duration tolerance) {
        if (secret == null || secret.isEmpty() || timestamp == null || signature == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        var given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** A work order's JSON: the ticket, a WGS84 position and the caller's words. */
    public static String workOrder(String ticketId, double latitude, double longitude, String description) {
        var order = new LinkedHashMap<String, Object>();
        order.put("ticketId", ticketId);
        order.put("source", "HOTLINE_12345");
        order.put("latitude", latitude);
        order.put("longitude", longitude);
        order.put("description", description);
        order.put("complexity", "SIMPLE");
        return json(order);
    }

    /** A flat JSON object of strings, numbers, booleans and nulls. */
    public static String json(Map<String, Object> fields) {
        var out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(name)).append(':');
            out.append(value == null ? "null" : value instanceof Number || value instanceof Boolean
                    ? String.format(Locale.ROOT, "%s", value) : quote(value.toString()));
        });
        return out.append('}').toString();
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Posts a work order once. */
    public Answer createOrder(String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(platform + "/exchange/v1/cases"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Posts a work order until the platform answers it (2xx or a 4xx other than 429), at most {@code attempts}
     * times, pausing between tries: the same body, so the platform answers the same case.
     */
    public Answer createOrderRetrying(String json, int attempts, Duration pause) throws InterruptedException {
        IOException lost = null;
        Answer last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                last = createOrder(json);
                if (last.status() / 100 == 2 || (last.status() / 100 == 4 && last.status() != 429)) {
                    return last;
                }
            } catch (IOException e) {
                lost = e;
            }
            Thread.sleep(pause.toMillis());
        }
        if (last != null) {
            return last;
        }
        throw new IllegalStateException("the platform did not answer after " + attempts + " attempts", lost);
    }

    /** Reads the feed from the last cursor on and moves the cursor past what it returned. */
    public Answer pullUpdates(int limit) throws IOException, InterruptedException {
        var uri = platform + "/exchange/v1/updates?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
        var answer = send(HttpRequest.newBuilder(URI.create(uri)).GET());
        if (answer.status() == 200) {
            Matcher next = CURSOR.matcher(answer.body());
            if (next.find()) {
                cursor = next.group(1);
            }
        }
        return answer;
    }

    /** Reads one of its cases. */
    public Answer caseView(String caseNumber) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(platform + "/exchange/v1/cases/" + caseNumber)).GET());
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.header("X-Api-Key", key).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Runs the simulator beside a platform; see the class comment and docs/hotline-exchange.md. */
    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var platform = options.getOrDefault("platform", "http://localhost:8080");
        var key = options.get("key");
        var secret = options.get("secret");
        int port = Integer.parseInt(options.getOrDefault("port", "18345"));
        if (key == null || secret == null) {
            System.err.println("usage: java Simulated12345.java --platform http://localhost:8080 --key <api key> "
                    + "--secret <webhook secret> [--port 18345] [--lat 38.89955 --lng 121.51066]");
            System.exit(2);
        }
        double lat = Double.parseDouble(options.getOrDefault("lat", "38.89955"));
        double lng = Double.parseDouble(options.getOrDefault("lng", "121.51066"));
        var simulator = new Simulated12345(platform, key, secret, port, Clock.systemUTC(), true).onDelivery(d ->
                System.out.printf(Locale.ROOT, "%n<< webhook %s delivery %s: signature %s, answered %d%s%n   %s%n> ",
                        d.eventType(), d.deliveryId(), d.verified() ? "verified" : "WRONG", d.answered(),
                        d.repeat() ? " (a repeat, dropped)" : "", d.text()));
        System.out.println("12345 simulator: webhooks at http://localhost:" + simulator.port() + "/webhook, platform "
                + platform);
        System.out.println("commands: order [description] | retry | feed | case <number> | fail <n> | quit");
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String last = null;
        int sequence = 0;
        System.out.print("> ");
        for (String line; (line = in.readLine()) != null; System.out.print("> ")) {
            var words = new ArrayList<>(List.of(line.strip().split("\\s+", 2)));
            try {
                switch (words.get(0)) {
                    case "order" -> {
                        var ticket = "SIM-" + Instant.now().getEpochSecond() + "-" + (++sequence);
                        last = workOrder(ticket, lat, lng, words.size() > 1 ? words.get(1) : "市民来电:路边垃圾无人清运");
                        print(simulator.createOrderRetrying(last, 5, Duration.ofSeconds(2)));
                    }
                    case "retry" -> {
                        if (last == null) {
                            System.out.println("no order yet");
                        } else {
                            print(simulator.createOrderRetrying(last, 5, Duration.ofSeconds(2)));
                        }
                    }
                    case "feed" -> print(simulator.pullUpdates(100));
                    case "case" -> print(simulator.caseView(words.size() > 1 ? words.get(1).strip() : ""));
                    case "fail" -> simulator.failFirst(Integer.parseInt(words.get(1).strip()));
                    case "quit", "exit" -> {
                        simulator.close();
                        return;
                    }
                    case "" -> { }
                    default -> System.out.println("commands: order [description] | retry | feed | case <number> | fail <n> | quit");
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("failed: " + e);
            }
        }
        simulator.close();
    }

    private static void print(Answer answer) {
        var replay = answer.header("Idempotent-Replay");
        System.out.println(answer.status() + (replay == null ? "" : " Idempotent-Replay: " + replay) + " " + answer.body());
    }
}
