package org.urbangrid.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole application on the real PostgreSQL at 127.0.0.1:5432, each JVM in
 * a database of its own. Skipped with a notice when no server answers, except under CI, where that fails.
 */
@ExtendWith(PostgresAvailable.class)
public abstract class PostgresIntegrationTest extends IntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresDatabase::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
