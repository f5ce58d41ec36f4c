package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.urbangrid.support.IntegrationTest;

/** Case numbers from two nodes and many threads at once: all unique, all readable. */
abstract class CaseNumbersContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void numbers_stay_unique_across_threads_and_nodes() throws Exception {
        var nodes = List.of(new CaseNumbers(jdbc, transactions, clock),
                new CaseNumbers(jdbc, transactions, clock));
        var at = Instant.parse("2031-01-06T02:00:00Z");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var jobs = new ArrayList<Future<?>>();
            for (int t = 0; t < 8; t++) {
                var node = nodes.get(t % 2);
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        assertThat(seen.add(node.next(at))).as("a number handed out twice").isTrue();
                    }
                }));
            }
            for (var job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(2000).allMatch(n -> n.matches("20310106-\\d{5}"));
        int stored = jdbc.sql("select last_used from case_day_counter where number_day = ?")
                .param(java.time.LocalDate.of(2031, 1, 6)).query(Integer.class).single();
        assertThat(stored).as("at most two unused blocks per node").isBetween(2000, 2000 + 2 * 2 * CaseNumbers.BLOCK);
    }

    @Test
    void numbers_widen_past_99999_a_day() {
        var day = java.time.LocalDate.of(2031, 1, 7);
        jdbc.sql("insert into case_day_counter (number_day, last_used) values (?, 99990)").param(day).update();
        var numbers = new CaseNumbers(jdbc, transactions, clock);
        var at = Instant.parse("2031-01-07T02:00:00Z");
        var handed = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            handed.add(numbers.next(at));
        }
        assertThat(handed).startsWith("20310107-99991").contains("20310107-99999", "20310107-100000")
                .endsWith("20310107-100002");
    }
}
