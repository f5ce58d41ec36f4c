package org.urbangrid.platform;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Bounded waits on PostgreSQL, so that a database out of reach fails a request in about two seconds instead of
 * hanging: unless the configured URL already says otherwise, adds {@code connectTimeout}
 * ({@code urbangrid.db.connect-timeout}, default 2 s) and {@code socketTimeout} ({@code urbangrid.db.socket-timeout},
 * default 10 s: no request of the platform runs a statement that long; a batch job may set its own in the URL) and
 * TCP keep-alive. The pool's own timeouts are in {@code application.yml}.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor, EnvironmentAware {

    private Duration connect = Duration.ofSeconds(2);
    private Duration socket = Duration.ofSeconds(10);

    @Override
    public void setEnvironment(Environment environment) {
        connect = duration(environment.getProperty("urbangrid.db.connect-timeout"), connect);
        socket = duration(environment.getProperty("urbangrid.db.socket-timeout"), socket);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withTimeouts(pool.getJdbcUrl(), connect, socket));
        }
        return bean;
    }

    static String withTimeouts(String url, Duration connect, Duration socket) {
        if (!url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        var result = new StringBuilder(url);
        append(result, "connectTimeout", String.valueOf(Math.max(1, connect.toSeconds())));
        append(result, "socketTimeout", String.valueOf(Math.max(1, socket.toSeconds())));
        append(result, "tcpKeepAlive", "true");
        return result.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        var query = url.indexOf("?");
        if (query >= 0 && ("&" + url.substring(query + 1)).contains("&" + name + "=")) {
            return;
        }
        url.append(query >= 0 ? '&' : '?').append(name).append('=').append(value);
    }

    private static Duration duration(String text, Duration otherwise) {
        return text == null || text.isBlank() ? otherwise : DurationStyle.detectAndParse(text.trim());
    }
}
