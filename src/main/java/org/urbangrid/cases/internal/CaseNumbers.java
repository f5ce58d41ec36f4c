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
 * day). Each node takes blocks of {@value #BLOCK} numbers from the day's counter row, each in a short transaction of
 * its own, and hands them out from memory; the next block is fetched while half of the current one is left, so no
 * report waits on the counter's row lock or on a connection for it. Numbers are unique across nodes and readable,
 * but not gap-free: a node's unused blocks are lost when it stops, and a refused report may have used a number.
 */
@Component
class CaseNumbers {

    static final int BLOCK = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** Numbers {@code next..last} of one day, handed out in order. */
    private static final class Block {
        final LocalDate day;
        final String prefix;
        int next;
        final int last;

        Block(LocalDate day, int last) {
            this.day = day;
            this.prefix = DAY.format(day) + "-";
            this.next = last - BLOCK + 1;
            this.last = last;
        }

        boolean serves(LocalDate today) {
            return day.equals(today) && next <= last;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private Block current;
    private Block spare;
    private boolean refilling;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The next number of the day of the given instant; call it before the transaction that stores the case. */
    String next(Instant at) {
        var today = LocalDate.ofInstant(at, clock.getZone());
        int number;
        String prefix;
        boolean refill;
        synchronized (this) {
            while (current == null || !current.serves(today)) {
                if (spare != null && spare.serves(today)) {
                    current = spare;
                    spare = null;
                } else if (refilling) {
                    waitForRefill();
                } else {
                    current = allocate(today); // the day's first block, or the spare came too late
                }
            }
            number = current.next++;
            prefix = current.prefix;
            refill = !refilling && (spare == null || !spare.day.equals(today)) && current.last - number < BLOCK / 2;
            refilling |= refill;
        }
        if (refill) {
            prefetch(today);
        }
        var digits = Integer.toString(number);
        return prefix + "00000".substring(Math.min(5, digits.length())) + digits;
    }

    private void prefetch(LocalDate today) {
        try {
            var block = allocate(today);
            synchronized (this) {
                spare = block;
            }
        } finally {
            synchronized (this) {
                refilling = false;
                notifyAll();
            }
        }
    }

    private void waitForRefill() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while numbering a case", e);
        }
    }

    private Block allocate(LocalDate today) {
        return new Block(today, own.execute(status -> take(today)));
    }

    private int take(LocalDate today) {
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
