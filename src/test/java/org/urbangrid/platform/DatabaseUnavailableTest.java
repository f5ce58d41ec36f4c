package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** What counts as "the database is out of reach", and the timeouts a PostgreSQL URL gets by default. */
class DatabaseUnavailableTest {

    @Test
    void connection_failures_count_as_an_outage_wherever_they_are_wrapped() {
        assertThat(DatabaseUnavailable.isOutage(new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("request timed out after 2000ms")))).isTrue();
        assertThat(DatabaseUnavailable.isOutage(new CannotCreateTransactionException("tx",
                new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.isOutage(new IllegalStateException(new RuntimeException(
                new SQLException("I/O error", "08006"))))).isTrue();
        assertThat(DatabaseUnavailable.isOutage(new RuntimeException(new ConnectException("refused")))).isTrue();
        // A rollback on a connection the cut closed: the commit/rollback itself failed on JDBC.
        assertThat(DatabaseUnavailable.isOutage(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void other_failures_do_not() {
        assertThat(DatabaseUnavailable.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseUnavailable.isOutage(new SQLException("syntax", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isOutage(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseUnavailable.isOutage(new TransactionSystemException("no transaction in progress"))).isFalse();
    }

    @Test
    void a_postgresql_url_gets_connect_and_socket_timeouts_unless_it_sets_its_own() {
        var connect = Duration.ofSeconds(2);
        var socket = Duration.ofSeconds(10);
        assertThat(DatabaseTimeouts.withTimeouts("jdbc:postgresql://db:5432/urbangrid", connect, socket))
                .isEqualTo("jdbc:postgresql://db:5432/urbangrid?connectTimeout=2&socketTimeout=10&tcpKeepAlive=true");
        assertThat(DatabaseTimeouts.withTimeouts("jdbc:postgresql://db/u?socketTimeout=300&ssl=true", connect, socket))
                .isEqualTo("jdbc:postgresql://db/u?socketTimeout=300&ssl=true&connectTimeout=2&tcpKeepAlive=true");
        assertThat(DatabaseTimeouts.withTimeouts("jdbc:h2:mem:x;MODE=PostgreSQL", connect, socket))
                .isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL");
    }
}
