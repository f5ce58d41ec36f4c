package org.urbangrid.simulation;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.urbangrid.support.PostgresAvailable;
import org.urbangrid.support.PostgresDatabase;

/** The city-month simulation on PostgreSQL, in a fresh database of its own (skipped when no server answers). */
@ExtendWith(PostgresAvailable.class)
@ContextConfiguration(initializers = CitySimulationPostgresTest.FreshPostgres.class)
class CitySimulationPostgresTest extends CitySimulationContract {

    static final class FreshPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("simulation-postgres", Map.of(
                    "spring.datasource.url", PostgresDatabase.fresh(), "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
        }
    }
}
