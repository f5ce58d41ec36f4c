package org.urbangrid.deadline.scheduler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durable task scheduler's settings.
 *
 * @param enabled whether this node runs due tasks (tasks can still be scheduled when false)
 * @param pollingInterval how often the table is polled for due executions (default 10 s)
 * @param threads executor threads (default 4)
 * @param shutdownMaxWait how long a shutdown waits for running executions (default 30 s)
 */
@ConfigurationProperties("urbangrid.scheduler")
public record SchedulerProperties(Boolean enabled, Duration pollingInterval, Integer threads, Duration shutdownMaxWait) {

    public SchedulerProperties {
        enabled = enabled == null || enabled;
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(10) : pollingInterval;
        threads = threads == null ? 4 : threads;
        shutdownMaxWait = shutdownMaxWait == null ? Duration.ofSeconds(30) : shutdownMaxWait;
    }
}
