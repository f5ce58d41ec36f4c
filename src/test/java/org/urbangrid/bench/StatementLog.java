package org.urbangrid.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records every SQL statement the application prepares, to count what one request costs the database. */
public class StatementLog {

    private final List<String> statements = new ArrayList<>();

    public synchronized void clear() {
        statements.clear();
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    private synchronized void add(String sql) {
        statements.add(sql.replaceAll("\\s+", " ").trim());
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection c
                ? proxy(Connection.class, c, (m, a, r) -> {
                    if ((m.startsWith("prepare") || m.equals("nativeSQL")) && a != null && a[0] instanceof String sql) {
                        add(sql);
                    }
                    return r;
                }) : result);
    }

    private interface After {
        Object apply(String method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method.getName(), args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** Import into a test to wrap the application's data source. */
    @TestConfiguration
    public static class Config {

        @Bean
        StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        static BeanPostProcessor statementLogging(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof Proxy) ? log.getObject().wrap(ds) : bean;
                }
            };
        }
    }
}
