package org.urbangrid.deadline.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.support.IntegrationTest;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

class SchedulerStartupTest extends IntegrationTest {

    @Autowired Scheduler scheduler;
    @Autowired SchedulerClient client;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void scheduler_is_started_once_the_application_is_ready_and_offered_to_other_modules() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(client).isSameAs(scheduler);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks").query(Long.class).single()).isNotNegative();
    }

    @Test
    void task_scheduled_inside_a_transaction_commits_or_rolls_back_with_it() {
        var later = clock.instant().plusSeconds(86_400);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            client.scheduleIfNotExists(new TaskInstance<>("probe-rolled-back", "1"), later);
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                client.scheduleIfNotExists(new TaskInstance<>("probe-committed", "1"), later));
        try {
            assertThat(jdbc.sql("select task_name from scheduled_tasks where task_name like 'probe-%'")
                    .query(String.class).list()).containsExactly("probe-committed");
        } finally {
            jdbc.sql("delete from scheduled_tasks where task_name like 'probe-%'").update();
        }
    }
}
