package org.urbangrid.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Request threads and database connections sized to the machine, as defaults below every configured value
 * ({@code SERVER_TOMCAT_THREADS_MAX}, {@code SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE} or the same keys in a
 * configuration file win): HikariCP's rule of thumb, {@code 2 × cores + 1} connections, and {@code 8 × cores}
 * request threads. More of either only wait for the other, parked and woken in turns: on the 2-core benchmark
 * machine Tomcat's 200 threads and Hikari's 10 connections took intake from 1,245 to 935 reports/s and the health
 * check from 5,267 to 2,738 requests/s (BENCHMARKS.md, intake). Live streams are asynchronous and hold no thread.
 * Behind a reverse proxy that buffers request bodies (nginx does by default) a slow phone upload holds no thread
 * either; served straight to phones on slow networks, raise the thread count.
 */
public class ServerSizing implements EnvironmentPostProcessor {

    static final String SOURCE = "urbangrid-server-sizing";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                defaults(Runtime.getRuntime().availableProcessors())));
    }

    static Map<String, Object> defaults(int cores) {
        int n = Math.max(1, cores);
        return Map.of("server.tomcat.threads.max", 8 * n,
                "spring.datasource.hikari.maximum-pool-size", 2 * n + 1);
    }
}
