package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class ThreadScopedTimeTest {

    private static final Instant REAL = Instant.parse("2026-12-02T01:00:00Z");
    private static final Instant SIMULATED = Instant.parse("2026-11-02T00:00:00Z");

    private final PlatformClock clock = new PlatformClock(Clock.fixed(REAL, ZoneId.of("Asia/Shanghai")));
    private final ThreadScopedTime time = new ThreadScopedTime(clock);

    @Test
    void only_the_simulating_thread_reads_the_simulated_time_and_it_moves_only_forward() {
        var seen = time.run(SIMULATED, control -> {
            assertThat(clock.instant()).isEqualTo(SIMULATED);
            assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(SIMULATED);
            assertThat(CompletableFuture.supplyAsync(clock::instant).join()).isEqualTo(REAL);
            control.advanceTo(SIMULATED.plus(Duration.ofHours(3)));
            assertThatThrownBy(() -> control.advanceTo(SIMULATED)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> time.run(SIMULATED, c -> null)).isInstanceOf(IllegalStateException.class);
            return clock.instant();
        });
        assertThat(seen).isEqualTo(SIMULATED.plus(Duration.ofHours(3)));
        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void an_application_clock_that_is_not_the_platform_clock_cannot_be_simulated() {
        var other = new ThreadScopedTime(Clock.systemUTC());
        assertThatThrownBy(() -> other.run(SIMULATED, c -> null)).isInstanceOf(IllegalStateException.class);
    }
}
