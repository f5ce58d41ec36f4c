package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.platform.SqlTimes;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * 超期标记: marks open cases whose stage deadline (or open first-step deadline) has passed, once a minute, from the durable cluster-wide
 * scheduler (one node runs it; a restart loses nothing because the schedule lives in the database).
 */
@Component
public class OverdueMarker {

    private static final Logger log = LoggerFactory.getLogger(OverdueMarker.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    OverdueMarker(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks every open, running case past its deadline; returns how many were newly marked. */
    public int markOverdue() {
        var open = CaseStatus.open().stream().map(Enum::name).toList();
        int marked = jdbc.sql("""
                update cases set overdue = true
                where overdue = false and suspended_at is null and due_at <= :now and status in (:open)""")
                .param("now", SqlTimes.toDb(clock.instant())).param("open", open).update();
        // A two-step case is overdue too once its first step (made safe) is due and not reported: the earliest
        // open due counts.
        marked += jdbc.sql("""
                update cases set overdue = true
                where overdue = false and suspended_at is null and safe_due_at <= :now and made_safe_at is null
                  and status in (:open)""")
                .param("now", SqlTimes.toDb(clock.instant())).param("open", open).update();
        if (marked > 0) {
            log.info("marked {} case(s) overdue", marked);
        }
        return marked;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> markOverdueCases(OverdueMarker marker) {
            return Tasks.recurring("mark-overdue-cases", FixedDelay.of(Duration.ofMinutes(1)))
                    .execute((instance, context) -> marker.markOverdue());
        }
    }
}
