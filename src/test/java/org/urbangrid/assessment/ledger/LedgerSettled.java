package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Case events reach the ledger asynchronously, after commit: waits until every publication has been handled. */
final class LedgerSettled {

    private LedgerSettled() {}

    static void await(JdbcClient jdbc) {
        long deadline = System.currentTimeMillis() + 20_000;
        long open;
        do {
            open = jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                    .single();
            if (open == 0) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < deadline);
        assertThat(open).as("case events not yet handled by their listeners").isZero();
    }
}
