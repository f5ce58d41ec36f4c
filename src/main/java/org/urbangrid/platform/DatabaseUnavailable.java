package org.urbangrid.platform;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database is out of reach: every request then answers at once (the pool waits at most its
 * {@code connection-timeout}, about 2 s) with 503, a message in both languages and {@code Retry-After}, instead of
 * hanging or answering 500. The pool reconnects by itself when the database returns. Shared by
 * {@link DatabaseUnavailableAdvice} (errors from controllers) and {@link DatabaseUnavailableFilter} (errors from
 * filters, e.g. the bearer-token look-up).
 */
final class DatabaseUnavailable {

    static final String KEY = "error.database-unavailable";
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseUnavailable() {}

    /**
     * Whether a failure means the database cannot be reached: no connection from the pool in time, a connection
     * refused, cut or timed out, or a SQL state of class 08 (connection exception).
     */
    static boolean isOutage(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Commit or rollback failed on the connection itself (e.g. "Connection is closed" after a cut); the
            // failure that started the rollback is kept aside as the application exception.
            if (t instanceof TransactionSystemException tse && (tse.getCause() instanceof SQLException
                    || (tse.getApplicationException() != null && isOutage(tse.getApplicationException())))) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(MessageSource messages, Locale locale) {
        var seconds = RETRY_AFTER.toSeconds();
        var status = HttpStatus.SERVICE_UNAVAILABLE;
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(KEY, new Object[] {seconds}, KEY, locale));
        problem.setType(URI.create("/problems/" + KEY));
        problem.setTitle(messages.getMessage("status.503", null, status.getReasonPhrase(), locale));
        problem.setProperty("code", KEY);
        return problem;
    }

    /** The problem as the JSON body a filter writes itself. */
    static Map<String, Object> body(ProblemDetail problem) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", String.valueOf(problem.getInstance()));
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
