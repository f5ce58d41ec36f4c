package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案卷编号: the city-local date and a daily sequence, e.g. {@code 20261126-00017} (more digits past 99,999 a
 * day). Each node takes a block of {@value #BLOCK} numbers from the day's counter row in a short transaction of
 * its own and hands them out from memory, so no case transaction waits on the counter's row lock. Numbers are
 * unique across nodes and readable, but not gap-free: a node's unused block is lost when it stops, and a
 * refused report may have used a number.
 */
@Component
class CaseNumbers {

    static final int BLOCK = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private LocalDate day;
    private int next;
    private int last;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number of the day of the given instant; call it before the transaction that stores the case. */
    synchronized String next(Instant at) {
        var today = LocalDate.ofInstant(at, clock.getZone());
        if (!today.equals(day) || next > last) {
            last = own.execute(status -> allocate(today));
            next = last - BLOCK + 1;
            day = today;
        }
        return DAY.format(today) + "-" + String.format("%05d", next++);
    }

    private int allocate(LocalDate today) {
        var increment = "update case_day_counter set last_used = last_used + " + BLOCK + " where number_day = ?";
        if (jdbc.sql(increment).param(today).update() == 0) {
            // The first block of the day: create the row (a concurrent creator wins silently), then take a block.
            jdbc.sql("insert into case_day_counter (number_day, last_used) values (?, 0) on conflict do nothing")
                    .param(today).update();
            jdbc.sql(increment).param(today).update();
        }
        return jdbc.sql("select last_used from case_day_counter where number_day = ?").param(today)
                .query(Integer.class).single();
    }
}
