package org.urbangrid.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The movable clock and the API caller every integration test uses. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    /** The simulator's clock in tests: thread-scoped on the movable clock, as the platform's is on the real one. */
    @Bean
    @Primary
    org.urbangrid.platform.SimulatedTime mutableClockTime(MutableClock clock) {
        return new MutableClockTime(clock);
    }

    @Bean
    Api testApi(MockMvcTester mvc, MutableClock clock) {
        return new Api(mvc, clock);
    }
}
