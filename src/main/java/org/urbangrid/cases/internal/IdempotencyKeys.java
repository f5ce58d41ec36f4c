package org.urbangrid.cases.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/** Idempotency-Key of reports, per staff member: the first case created under a key is the answer to every retry. */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void validate(String key) {
        if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw UrbanGridException.invalid("error.case.idempotency-key");
        }
    }

    Optional<Long> find(long staffId, String key) {
        return jdbc.sql("select case_id from idempotency_key where staff_id = ? and idem_key = ?")
                .params(staffId, key).query(Long.class).optional();
    }

    /** Fails with a duplicate key when a concurrent retry stored the same key first. */
    void remember(long staffId, String key, long caseId, Instant at) {
        jdbc.sql("insert into idempotency_key (staff_id, idem_key, case_id, created_at) values (?, ?, ?, ?)")
                .params(staffId, key, caseId, SqlTimes.toDb(at)).update();
    }
}
