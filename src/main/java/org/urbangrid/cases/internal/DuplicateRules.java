package org.urbangrid.cases.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 疑似重复的判定: a new report of a class is proposed as a duplicate of an open case of the same class within
 * {@code radiusMeters} that was reported within {@code window} before it ({@code urbangrid.cases.duplicates.*};
 * 50 m and 72 h unless a class says otherwise, e.g. a long road defect {@code per-class.C0101.radius-meters=150}).
 */
@ConfigurationProperties("urbangrid.cases.duplicates")
record DuplicateRules(Integer radiusMeters, Duration window, Map<String, ClassRule> perClass) {

    static final int DEFAULT_RADIUS = 50;
    static final Duration DEFAULT_WINDOW = Duration.ofHours(72);

    /** One class's own radius or window (either left out keeps the general one). */
    record ClassRule(Integer radiusMeters, Duration window) {}

    DuplicateRules {
        radiusMeters = radiusMeters == null ? DEFAULT_RADIUS : radiusMeters;
        window = window == null ? DEFAULT_WINDOW : window;
        perClass = perClass == null ? Map.of() : Map.copyOf(perClass);
        check(radiusMeters, window, "urbangrid.cases.duplicates");
        perClass.forEach((code, rule) -> check(rule.radiusMeters() == null ? 1 : rule.radiusMeters(),
                rule.window() == null ? Duration.ofHours(1) : rule.window(), "urbangrid.cases.duplicates.per-class." + code));
    }

    private static void check(int radius, Duration window, String key) {
        if (radius < 1 || radius > 5_000) {
            throw new IllegalStateException(key + ".radius-meters must lie between 1 and 5000");
        }
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(90)) > 0) {
            throw new IllegalStateException(key + ".window must lie between a second and 90 days");
        }
    }

    int radiusFor(String classCode) {
        var rule = classCode == null ? null : perClass.get(classCode);
        return rule != null && rule.radiusMeters() != null ? rule.radiusMeters() : radiusMeters;
    }

    Duration windowFor(String classCode) {
        var rule = classCode == null ? null : perClass.get(classCode);
        return rule != null && rule.window() != null ? rule.window() : window;
    }
}
