package org.urbangrid.notifications.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.urbangrid.notifications.NotificationStatus;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The poller, its durable schedule ({@code deliver-notifications}: one node at a time, every
 * {@code urbangrid.notifications.poll-interval}) and the gauges {@code urbangrid.notifications.messages} by status
 * (pending, failed).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    NotificationPoller notificationPoller(NotificationRows rows, List<Sender> senders, NotificationProperties properties,
            Clock clock, PlatformTransactionManager transactions, ObjectProvider<MeterRegistry> meters) {
        return new NotificationPoller(rows, senders, properties, clock, transactions, meters.getIfAvailable());
    }

    @Bean
    RecurringTask<Void> deliverNotifications(NotificationPoller poller, NotificationProperties properties) {
        return Tasks.recurring("deliver-notifications", FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> poller.deliverDue());
    }

    /**
     * {@code prune-notifications}, hourly on one node: messages delivered more than
     * {@code urbangrid.notifications.keep-delivered} ago (30 days) leave the outbox with their attempts, in batches,
     * so the table holds what is still owed and the recent past an administrator looks into.
     */
    @Bean
    RecurringTask<Void> pruneNotifications(NotificationRows rows, NotificationProperties properties, Clock clock) {
        return Tasks.recurring("prune-notifications", FixedDelay.of(java.time.Duration.ofHours(1)))
                .execute((instance, context) -> rows.pruneDeliveredBefore(clock.instant().minus(properties.keepDelivered())));
    }

    @Bean
    MeterBinder notificationGauges(NotificationRows rows) {
        return registry -> {
            for (var status : List.of(NotificationStatus.PENDING, NotificationStatus.FAILED)) {
                Gauge.builder("urbangrid.notifications.messages", rows, r -> count(r, status))
                        .description("Notifications in the outbox by status")
                        .tag("status", status.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
            }
        };
    }

    private static double count(NotificationRows rows, NotificationStatus status) {
        try {
            return rows.count(status);
        } catch (RuntimeException e) {
            return Double.NaN; // the database out of reach: no figure rather than a failed scrape
        }
    }
}
