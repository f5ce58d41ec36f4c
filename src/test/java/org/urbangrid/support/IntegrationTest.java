package org.urbangrid.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Base of tests that run the whole application on embedded H2 with the demo district loaded.
 * All subclasses share one Spring context; each test starts with the clock at {@link MutableClock#DEFAULT}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Api api;

    @BeforeEach
    void resetClock() {
        clock.reset();
        api.forgetTokens();
    }
}
