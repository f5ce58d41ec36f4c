package org.urbangrid.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Creates one fresh PostgreSQL database per test JVM and drops it when the JVM ends. */
public final class PostgresDatabase {

    static final String SERVER = System.getenv().getOrDefault("URBANGRID_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    private static String url;

    private PostgresDatabase() {}

    /** Points the application's datasource at this JVM's database; see {@link OnPostgres}. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres", Map.of(
                    "spring.datasource.url", url(), "spring.datasource.username", "postgres", "spring.datasource.password", "")));
        }
    }

    static boolean reachable() {
        try (var connection = DriverManager.getConnection(SERVER + "test", credentials())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public static synchronized String url() {
        if (url == null) {
            var name = "urbangrid_it_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
            execute("create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
            url = SERVER + name;
        }
        return url;
    }

    /** Another fresh database of its own (dropped when the JVM ends), for tests that start their own nodes. */
    public static String fresh() {
        var name = "urbangrid_it_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        return SERVER + name;
    }

    private static void execute(String sql) {
        try (var connection = DriverManager.getConnection(SERVER + "test", credentials());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static Properties credentials() {
        var properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "3");
        return properties;
    }
}
