package org.urbangrid.publicguard.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public doors (公众入口), {@code urbangrid.public.*}.
 *
 * <pre>
 * urbangrid.public:
 *   device-secret: …            # HMAC key of device tokens and challenges; every node must share it
 *   rate-limits:
 *     reads-per-address:  {limit: 120, per: 1m}     # GET, HEAD, OPTIONS
 *     writes-per-address: {limit: 10,  per: 10m}    # POST, PUT, PATCH, DELETE
 *     reads-per-device:   {limit: 60,  per: 1m}
 *     writes-per-device:  {limit: 5,   per: 10m}
 *     groups:                   # each group has budgets of its own
 *       public:  {}             # paths default to /&lt;name&gt;/**
 *       open311: {}             # a group named open311… answers in the Open311 error shape
 *       exchange: {paths: [/api/exchange/**], writes-per-address: {limit: 600, per: 1m}}
 *   pow: {difficulty: 18, max-difficulty: 22, rise-every: 3, ttl: 5m}
 * </pre>
 *
 * A group's budget left out is the top-level one; a limit of 0 or less switches that budget off.
 */
@ConfigurationProperties("urbangrid.public")
public class PublicGuardProperties {

    /** The server secret (服务端密钥) device tokens and challenges are signed with; generated at start when unset. */
    private String deviceSecret;
    /** How long the device cookie lives (browsers keep a cookie at most 400 days). */
    private Duration deviceCookieMaxAge = Duration.ofDays(400);
    private final RateLimits rateLimits = new RateLimits();
    private final Pow pow = new Pow();

    public String getDeviceSecret() { return deviceSecret; }

    public void setDeviceSecret(String deviceSecret) { this.deviceSecret = deviceSecret; }

    public Duration getDeviceCookieMaxAge() { return deviceCookieMaxAge; }

    public void setDeviceCookieMaxAge(Duration deviceCookieMaxAge) { this.deviceCookieMaxAge = deviceCookieMaxAge; }

    public RateLimits getRateLimits() { return rateLimits; }

    public Pow getPow() { return pow; }

    /** How an over-budget answer is shaped. */
    public enum Shape {
        /** RFC 9457 problem JSON, as the rest of the platform. */
        PROBLEM,
        /** Open311 GeoReport v2 errors: JSON array, or XML when the path ends in {@code .xml}. */
        OPEN311
    }

    /** A number of requests per stretch of time. */
    public static class Budget {
        private int limit;
        private Duration per = Duration.ofMinutes(1);

        public Budget() {}

        public Budget(int limit, Duration per) {
            this.limit = limit;
            this.per = per;
        }

        public int getLimit() { return limit; }

        public void setLimit(int limit) { this.limit = limit; }

        public Duration getPer() { return per; }

        public void setPer(Duration per) { this.per = per; }

        /** Whether this budget limits anything (a positive limit over a positive stretch). */
        public boolean active() {
            return limit > 0 && per != null && per.toMillis() > 0;
        }
    }

    /** The rate limits (限流), per node. */
    public static class RateLimits {
        private boolean enabled = true;
        /** At most this many addresses and devices are remembered per node (the least recently seen go first). */
        private int maxTracked = 100_000;
        private Budget readsPerAddress = new Budget(120, Duration.ofMinutes(1));
        private Budget writesPerAddress = new Budget(10, Duration.ofMinutes(10));
        private Budget readsPerDevice = new Budget(60, Duration.ofMinutes(1));
        private Budget writesPerDevice = new Budget(5, Duration.ofMinutes(10));
        private final Map<String, Group> groups = new LinkedHashMap<>();

        public RateLimits() {
            groups.put("public", new Group());
            groups.put("open311", new Group());
        }

        public boolean isEnabled() { return enabled; }

        public void setEnabled(boolean enabled) { this.enabled = enabled; }

        public int getMaxTracked() { return maxTracked; }

        public void setMaxTracked(int maxTracked) { this.maxTracked = maxTracked; }

        public Budget getReadsPerAddress() { return readsPerAddress; }

        public void setReadsPerAddress(Budget readsPerAddress) { this.readsPerAddress = readsPerAddress; }

        public Budget getWritesPerAddress() { return writesPerAddress; }

        public void setWritesPerAddress(Budget writesPerAddress) { this.writesPerAddress = writesPerAddress; }

        public Budget getReadsPerDevice() { return readsPerDevice; }

        public void setReadsPerDevice(Budget readsPerDevice) { this.readsPerDevice = readsPerDevice; }

        public Budget getWritesPerDevice() { return writesPerDevice; }

        public void setWritesPerDevice(Budget writesPerDevice) { this.writesPerDevice = writesPerDevice; }

        public Map<String, Group> getGroups() { return groups; }
    }

    /** A path group (路径组): its paths, its answer shape and, where set, budgets of its own. */
    public static class Group {
        private List<String> paths = new ArrayList<>();
        private Shape shape;
        private Budget readsPerAddress;
        private Budget writesPerAddress;
        private Budget readsPerDevice;
        private Budget writesPerDevice;

        public List<String> getPaths() { return paths; }

        public void setPaths(List<String> paths) { this.paths = paths; }

        public Shape getShape() { return shape; }

        public void setShape(Shape shape) { this.shape = shape; }

        public Budget getReadsPerAddress() { return readsPerAddress; }

        public void setReadsPerAddress(Budget readsPerAddress) { this.readsPerAddress = readsPerAddress; }

        public Budget getWritesPerAddress() { return writesPerAddress; }

        public void setWritesPerAddress(Budget writesPerAddress) { this.writesPerAddress = writesPerAddress; }

        public Budget getReadsPerDevice() { return readsPerDevice; }

        public void setReadsPerDevice(Budget readsPerDevice) { this.readsPerDevice = readsPerDevice; }

        public Budget getWritesPerDevice() { return writesPerDevice; }

        public void setWritesPerDevice(Budget writesPerDevice) { this.writesPerDevice = writesPerDevice; }

        /** The group's paths, {@code /<name>/**} when none is given. */
        public List<String> paths(String name) {
            return paths == null || paths.isEmpty() ? List.of("/" + name + "/**") : paths;
        }

        /** The group's shape, Open311 for a group whose name starts with {@code open311} when none is given. */
        public Shape shape(String name) {
            return shape != null ? shape : name.toLowerCase(Locale.ROOT).startsWith("open311") ? Shape.OPEN311 : Shape.PROBLEM;
        }
    }

    /** The proof of work (工作量证明) asked of public writes. */
    public static class Pow {
        /** Leading zero bits of SHA-256(challenge ":" nonce): 18 is about 262,000 hashes, about a second on a phone. */
        private int difficulty = 18;
        /** The most a busy address is asked for (each bit doubles the work). */
        private int maxDifficulty = 22;
        /** One more bit for each this many writes the address made within its write budget's stretch (0: never). */
        private int riseEvery = 3;
        /** How long a challenge may be used. */
        private Duration ttl = Duration.ofMinutes(5);
        /** At most this many used challenges are remembered in memory per node (the database remembers them all). */
        private int maxRemembered = 100_000;

        public int getDifficulty() { return difficulty; }

        public void setDifficulty(int difficulty) { this.difficulty = difficulty; }

        public int getMaxDifficulty() { return maxDifficulty; }

        public void setMaxDifficulty(int maxDifficulty) { this.maxDifficulty = maxDifficulty; }

        public int getRiseEvery() { return riseEvery; }

        public void setRiseEvery(int riseEvery) { this.riseEvery = riseEvery; }

        public Duration getTtl() { return ttl; }

        public void setTtl(Duration ttl) { this.ttl = ttl; }

        public int getMaxRemembered() { return maxRemembered; }

        public void setMaxRemembered(int maxRemembered) { this.maxRemembered = maxRemembered; }
    }
}
