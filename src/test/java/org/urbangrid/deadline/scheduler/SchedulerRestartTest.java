package org.urbangrid.deadline.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.support.MutableClock;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Two application starts on one database: a contributed recurring task runs, and its next run outlives the restart. */
class SchedulerRestartTest {

    static final Instant T0 = MutableClock.DEFAULT;

    final DataSource dataSource = migratedDatabase();
    final MutableClock clock = new MutableClock();
    final AtomicInteger runs = new AtomicInteger();
    final RecurringTask<Void> hourly = Tasks.recurring("test-hourly", FixedDelay.ofHours(1))
            .execute((instance, context) -> runs.incrementAndGet());

    final ApplicationContextRunner application = new ApplicationContextRunner()
            .withBean(DataSource.class, () -> dataSource)
            .withBean(Clock.class, () -> clock)
            .withBean("hourlyTask", Task.class, () -> hourly)
            .withUserConfiguration(SchedulerConfiguration.class)
            .withPropertyValues("urbangrid.scheduler.polling-interval=100ms");

    @Test
    void recurring_task_bean_runs_when_due_and_its_schedule_survives_a_restart() {
        application.run(context -> {
            ready(context);
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> T0.plus(Duration.ofHours(1)).equals(nextRun()));
        });

        // A fresh schedule would run at once on start; a kept one waits for its stored time.
        clock.set(T0.plus(Duration.ofMinutes(30)));
        application.run(context -> {
            ready(context);
            Thread.sleep(300);
            assertThat(runs).hasValue(1);
            assertThat(nextRun()).as("kept from before the restart").isEqualTo(T0.plus(Duration.ofHours(1)));
            clock.set(T0.plus(Duration.ofHours(1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
        });
    }

    /** The same setup with the flag on runs the due task within the window; with it off, the task never runs. */
    @Test
    void disabled_scheduler_does_not_run_a_task_the_enabled_one_runs_in_the_same_window() {
        var window = Duration.ofSeconds(5);
        assertThat(runsWithin(window, true)).as("control: an enabled scheduler runs the due task").isEqualTo(1);
        assertThat(runsWithin(window, false)).as("a disabled scheduler runs nothing").isZero();
    }

    /** A fresh database and context; with the scheduler on, waits until the task ran once, at most the window. */
    private int runsWithin(Duration window, boolean enabled) {
        var count = new AtomicInteger();
        var database = migratedDatabase();
        var task = Tasks.recurring("test-hourly", FixedDelay.ofHours(1)).execute((i, c) -> count.incrementAndGet());
        new ApplicationContextRunner()
                .withBean(DataSource.class, () -> database)
                .withBean(Clock.class, () -> clock)
                .withBean("hourlyTask", Task.class, () -> task)
                .withUserConfiguration(SchedulerConfiguration.class)
                .withPropertyValues("urbangrid.scheduler.polling-interval=100ms",
                        "urbangrid.scheduler.enabled=" + enabled)
                .run(context -> {
                    ready(context);
                    if (enabled) {
                        await().atMost(window).until(() -> count.get() > 0);
                    } else {
                        Thread.sleep(window.toMillis());
                    }
                });
        return count.get();
    }

    private static void ready(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
    }

    private Instant nextRun() {
        return JdbcClient.create(dataSource)
                .sql("select execution_time from scheduled_tasks where task_name = 'test-hourly'")
                .query((rs, n) -> SqlTimes.fromDb(rs, "execution_time")).single();
    }

    private static DataSource migratedDatabase() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:scheduler-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
