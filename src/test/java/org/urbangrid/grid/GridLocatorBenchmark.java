package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.support.IntegrationTest;

/**
 * Locator throughput and latency over the demo district (1,120 unit grids). Run with
 * {@code mvn -Pbench test -Dtest=GridLocatorBenchmark}; the normal suite skips it by its name.
 */
class GridLocatorBenchmark extends IntegrationTest {

    private static final int WARM_UP = 300_000;
    private static final int POINTS = 1_000_000;

    @Autowired
    Grids grids;
    @Autowired
    GridLocator locator;
    @Autowired
    DemoGrids demo;

    @Test
    void locates_a_million_random_points() {
        long loadStart = System.nanoTime();
        GridTestSupport.ensureDemo(grids, demo);
        System.out.printf("demo district load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        var box = grids.geometryOf(DemoGrids.DISTRICT).orElseThrow().getEnvelopeInternal();
        var random = new SplittableRandom(42);
        double[] lat = new double[POINTS];
        double[] lng = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            lat[i] = box.getMinY() + random.nextDouble() * box.getHeight();
            lng[i] = box.getMinX() + random.nextDouble() * box.getWidth();
        }
        int hash = 0;
        for (int round = 0; round < 5; round++) {
            hash += run(lat, lng, WARM_UP);
        }
        long start = System.nanoTime();
        hash += run(lat, lng, POINTS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] latencies = new long[POINTS];
        for (int i = 0; i < POINTS; i++) {
            long t = System.nanoTime();
            hash += locator.locate(lat[i], lng[i]).unitGridCode().hashCode();
            latencies[i] = System.nanoTime() - t;
        }
        double meanMicros = Arrays.stream(latencies).average().orElse(0) / 1e3;
        Arrays.sort(latencies);
        System.out.printf("GridLocator: %,d points over %d unit grids in %.2f s = %,.0f locates/s; "
                + "mean %.2f µs, p50 %.2f µs, p99 %.2f µs, max %.0f µs (checksum %d)%n", POINTS, grids.ofLevel(GridLevel.UNIT).size(),
                seconds, POINTS / seconds, meanMicros, latencies[POINTS / 2] / 1e3, latencies[POINTS * 99 / 100] / 1e3,
                latencies[POINTS - 1] / 1e3, hash);
        assertThat(seconds).isPositive();
    }

    private int run(double[] lat, double[] lng, int count) {
        int hash = 0;
        for (int i = 0; i < count; i++) {
            hash += locator.locate(lat[i], lng[i]).unitGridCode().hashCode();
        }
        return hash;
    }
}
