package org.urbangrid.publicguard.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.urbangrid.publicguard.internal.PublicGuardProperties.Budget;
import org.urbangrid.publicguard.internal.PublicGuardProperties.Shape;

/**
 * The guarded path groups (路径组) and their budgets, as configured; the first group whose pattern matches a path
 * guards it. Each group counts apart, per address and per device, reads (GET, HEAD, OPTIONS) apart from writes.
 */
public final class GuardedPaths {

    /** A path group with its effective budgets. */
    public record Door(String name, List<PathPattern> paths, Shape shape, Budget readsPerAddress,
            Budget writesPerAddress, Budget readsPerDevice, Budget writesPerDevice) {}

    private final List<Door> doors = new ArrayList<>();
    private final RateLimiter limiter;
    private final boolean enabled;

    public GuardedPaths(PublicGuardProperties properties, RateLimiter limiter) {
        this.limiter = limiter;
        var limits = properties.getRateLimits();
        this.enabled = limits.isEnabled();
        limits.getGroups().forEach((name, group) -> doors.add(new Door(name,
                group.paths(name).stream().map(PathPatternParser.defaultInstance::parse).toList(), group.shape(name),
                or(group.getReadsPerAddress(), limits.getReadsPerAddress()),
                or(group.getWritesPerAddress(), limits.getWritesPerAddress()),
                or(group.getReadsPerDevice(), limits.getReadsPerDevice()),
                or(group.getWritesPerDevice(), limits.getWritesPerDevice()))));
    }

    /** The longest stretch of any budget: how long the limiter must remember a key. */
    public static Duration longestStretch(PublicGuardProperties properties) {
        var limits = properties.getRateLimits();
        return Stream.concat(Stream.of(limits.getReadsPerAddress(), limits.getWritesPerAddress(),
                        limits.getReadsPerDevice(), limits.getWritesPerDevice()),
                limits.getGroups().values().stream().flatMap(g -> Stream.of(g.getReadsPerAddress(),
                        g.getWritesPerAddress(), g.getReadsPerDevice(), g.getWritesPerDevice())))
                .filter(b -> b != null && b.getPer() != null).map(Budget::getPer).max(Duration::compareTo)
                .orElse(Duration.ofMinutes(10));
    }

    /** The group guarding a request's path (within the context path), or null. */
    public Door of(HttpServletRequest request) {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (var door : doors) {
            for (var pattern : door.paths()) {
                if (pattern.matches(path)) {
                    return door;
                }
            }
        }
        return null;
    }

    public static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /**
     * Charges one request to its address's and then its device's budget: 0 when both had room, otherwise the
     * milliseconds until the one that ran out has room again (a refused request costs the budgets nothing more).
     */
    public long charge(Door door, boolean read, String address, String deviceId) {
        if (!enabled) {
            return 0;
        }
        var kind = read ? ":r:" : ":w:";
        long wait = limiter.tryAcquire(door.name() + kind + "a:" + address,
                read ? door.readsPerAddress() : door.writesPerAddress());
        if (wait == 0 && deviceId != null) {
            wait = limiter.tryAcquire(door.name() + kind + "d:" + deviceId,
                    read ? door.readsPerDevice() : door.writesPerDevice());
        }
        return wait;
    }

    /** How many writes an address made lately in any group (the most of its write budgets in use). */
    public int recentWrites(String address) {
        int most = 0;
        for (var door : doors) {
            most = Math.max(most, limiter.inUse(door.name() + ":w:a:" + address, door.writesPerAddress()));
        }
        return most;
    }

    private static Budget or(Budget own, Budget common) {
        return own != null ? own : common;
    }
}
