package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServerSizingTest {

    @Test
    void threads_and_connections_follow_the_cores() {
        assertThat(ServerSizing.defaults(2)).containsEntry("server.tomcat.threads.max", 16)
                .containsEntry("spring.datasource.hikari.maximum-pool-size", 5);
        assertThat(ServerSizing.defaults(16)).containsEntry("server.tomcat.threads.max", 128)
                .containsEntry("spring.datasource.hikari.maximum-pool-size", 33);
        assertThat(ServerSizing.defaults(0)).containsEntry("spring.datasource.hikari.maximum-pool-size", 3);
    }

    @Test
    void a_configured_value_wins_over_the_default() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured",
                Map.of("spring.datasource.hikari.maximum-pool-size", "12")));
        new ServerSizing().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("12");
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(8 * cores);
    }
}
