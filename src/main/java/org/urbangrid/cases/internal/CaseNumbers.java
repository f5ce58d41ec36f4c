package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 案卷编号: the city-local date and a daily sequence, e.g. {@code 20261126-00017}. The day's counter row is
 * locked by its update, so numbers are unique across application nodes.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseNumbers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next number of the day of the given instant; call inside the transaction that stores the case. */
    String next(Instant at) {
        var day = LocalDate.ofInstant(at, clock.getZone());
        var increment = "update case_day_counter set last_used = last_used + 1 where number_day = ?";
        if (jdbc.sql(increment).param(day).update() == 0) {
            // The first case of the day: create the row (a concurrent creator wins silently), then count.
            jdbc.sql("insert into case_day_counter (number_day, last_used) values (?, 0) on conflict do nothing").param(day).update();
            jdbc.sql(increment).param(day).update();
        }
        int number = jdbc.sql("select last_used from case_day_counter where number_day = ?").param(day)
                .query(Integer.class).single();
        return DAY.format(day) + "-" + String.format("%05d", number);
    }
}
