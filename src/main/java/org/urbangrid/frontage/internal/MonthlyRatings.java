package org.urbangrid.frontage.internal;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.urbangrid.frontage.FrontageRatings;
import org.urbangrid.platform.PlatformProperties;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * 月度评定 on schedule: at 02:00 city time on the 1st of every month, on one node of the cluster (db-scheduler's
 * lock), the month just ended is rated. Administrators and leaders may compute (or recompute) any month on demand.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyRatings {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRatings.class);

    @Bean
    RecurringTask<Void> rateFrontageUnits(FrontageRatings ratings, PlatformProperties platform) {
        ZoneId zone = platform.zone();
        return Tasks.recurring("frontage-monthly-ratings", Schedules.cron("0 0 2 1 * *", zone))
                .execute((instance, context) -> {
                    var month = ratings.lastMonth();
                    var done = ratings.compute(month);
                    log.info("frontage ratings for {}: {} unit(s), {} failed", month, done.size(),
                            done.stream().filter(r -> !r.passed()).count());
                });
    }
}
