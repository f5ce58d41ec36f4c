package org.urbangrid.deadline.scheduler;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * The durable task scheduler (db-scheduler, table {@code scheduled_tasks}), built by hand because its
 * Spring Boot starter does not run on Boot 4. Every {@link Task} bean of any module is registered;
 * recurring ones are scheduled at start unless the table already holds their next execution, so a
 * schedule survives restarts. The scheduler reads the application's {@link Clock}, starts once the
 * application is ready and stops (waiting for running executions) when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class SchedulerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulerConfiguration.class);

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans, Clock clock,
            SchedulerProperties properties) {
        var tasks = taskBeans.orderedStream().<Task<?>>map(task -> task).toList();
        return build(dataSource, tasks, clock, properties);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> schedulerStarter(Scheduler scheduler, SchedulerProperties properties) {
        return event -> {
            if (properties.enabled()) {
                scheduler.start();
            } else {
                log.info("Task scheduler not started (urbangrid.scheduler.enabled=false)");
            }
        };
    }

    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, Clock clock, SchedulerProperties properties) {
        var known = new ArrayList<Task<?>>();
        var onStartup = new ArrayList<Task<?>>();
        tasks.forEach(task -> (task instanceof OnStartup ? onStartup : known).add(task));
        // Joins the caller's Spring transaction, so a task scheduled while saving a case commits with it.
        var builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), known);
        return startTasks(builder, onStartup)
                .clock(clock::instant)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .shutdownMaxWait(properties.shutdownMaxWait())
                .enableImmediateExecution()
                .build();
    }

    /** db-scheduler types start tasks as {@code Task & OnStartup}; every element was checked to be both. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SchedulerBuilder startTasks(SchedulerBuilder builder, List<Task<?>> onStartup) {
        return builder.startTasks((List) onStartup);
    }
}
