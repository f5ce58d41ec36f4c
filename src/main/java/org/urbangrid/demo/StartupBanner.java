package org.urbangrid.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the platform where it is and how to log in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var demo = DemoLoader.enabled(environment.getProperty("urbangrid.demo"), environment.getProperty("spring.datasource.url"));
        var text = new StringBuilder("\n\n  UrbanGrid 数字城管 is running: http://localhost:" + port + "/\n")
                .append("  API docs: http://localhost:").append(port).append("/swagger-ui.html\n");
        if (demo) {
            text.append("  Demo accounts (password ").append(DemoOrganization.PASSWORD).append("): ")
                    .append(String.join(", ", DemoOrganization.ACCOUNTS)).append('\n');
        }
        log.info(text.toString());
    }
}
