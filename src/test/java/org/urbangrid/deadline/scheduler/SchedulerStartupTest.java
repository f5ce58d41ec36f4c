package org.urbangrid.deadline.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.support.IntegrationTest;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;

class SchedulerStartupTest extends IntegrationTest {

    @Autowired Scheduler scheduler;
    @Autowired SchedulerClient client;
    @Autowired JdbcClient jdbc;

    @Test
    void scheduler_is_started_once_the_application_is_ready_and_offered_to_other_modules() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(client).isSameAs(scheduler);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks").query(Long.class).single()).isNotNegative();
    }
}
