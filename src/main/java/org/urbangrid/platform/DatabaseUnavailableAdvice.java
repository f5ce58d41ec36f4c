package org.urbangrid.platform;

import java.sql.SQLTransientConnectionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 503 with {@code Retry-After} when a controller finds the database out of reach (see {@link DatabaseUnavailable}).
 * Ahead of every other advice, so that a catch-all handler elsewhere never turns an outage into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private final MessageSource messages;

    DatabaseUnavailableAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> onOutage(Exception e) {
        return unavailable();
    }

    /** A failed commit or rollback is an outage when the connection itself failed; anything else stays a failure. */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> onTransactionFailure(TransactionSystemException e) {
        if (!DatabaseUnavailable.isOutage(e)) {
            throw e;
        }
        return unavailable();
    }

    private ResponseEntity<ProblemDetail> unavailable() {
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
                .body(DatabaseUnavailable.problem(messages, LocaleContextHolder.getLocale()));
    }
}
