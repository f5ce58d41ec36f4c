package org.urbangrid.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.NewReport;
import org.urbangrid.platform.SqlTimes;
import org.urbangrid.platform.UrbanGridException;

/**
 * Idempotency-Key of reports, per staff member: the first case created under a key is the answer to every retry
 * of the same report; a key sent again with another report is refused (422), never silently answered.
 */
@Component
class IdempotencyKeys {

    /** The case first created under a key, and the hash of the report it was created for (null for old keys). */
    record Earlier(long caseId, String requestHash) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void validate(String key) {
        if (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw UrbanGridException.invalid("error.case.idempotency-key");
        }
    }

    /**
     * SHA-256 of the report in a canonical form: every field that makes the report, in a fixed order, each
     * written with its length so no two reports share a form. Photos count by their content (a phone resending
     * the same picture uploads a new copy under a new id). A retry through the other door (report or on the
     * spot) is another request.
     *
     * @param photoDigests the photos' content hashes, in the report's order
     */
    static String hash(NewReport r, List<String> photoDigests, boolean onTheSpot) {
        var canonical = new StringBuilder();
        field(canonical, r.source() == null ? null : r.source().name());
        field(canonical, r.latitude() == null ? null : Double.toString(r.latitude()));
        field(canonical, r.longitude() == null ? null : Double.toString(r.longitude()));
        field(canonical, r.description() == null ? null : r.description().strip());
        field(canonical, r.conditionCode());
        field(canonical, String.join(",", photoDigests));
        field(canonical, r.componentCode());
        field(canonical, r.reporterContact());
        field(canonical, Boolean.toString(onTheSpot));
        if (r.complexity() != null) {
            field(canonical, r.complexity().name()); // only when given: hashes stored before it was a field still match
        }
        if (r.ticketNumber() != null || r.callerName() != null || r.callerPhone() != null) {
            field(canonical, r.ticketNumber()); // likewise only when given
            field(canonical, r.callerName());
            field(canonical, r.callerPhone());
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        out.append(value == null ? "-1" : Integer.toString(value.length())).append(':').append(value == null ? "" : value).append(';');
    }

    Optional<Earlier> find(long staffId, String key) {
        return jdbc.sql("select case_id, request_hash from idempotency_key where staff_id = ? and idem_key = ?")
                .params(staffId, key).query((rs, n) -> new Earlier(rs.getLong(1), rs.getString(2))).optional();
    }

    /** The earlier case of this key, if it was made for this same request; 422 if for another. */
    static long sameRequest(Earlier earlier, String hash) {
        if (earlier.requestHash() != null && !earlier.requestHash().equals(hash)) {
            throw UrbanGridException.unprocessable("error.case.idempotency-key-reused").with("field", "Idempotency-Key");
        }
        return earlier.caseId();
    }

    /** Fails with a duplicate key when a concurrent retry stored the same key first. */
    void remember(long staffId, String key, String hash, long caseId, Instant at) {
        jdbc.sql("insert into idempotency_key (staff_id, idem_key, case_id, created_at, request_hash) values (?, ?, ?, ?, ?)")
                .params(staffId, key, caseId, SqlTimes.toDb(at), hash).update();
    }
}
