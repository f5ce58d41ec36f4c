package org.urbangrid.cases.internal;

import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V21.1: on PostgreSQL, indexes for searching inside text. A keyword (two characters and up; Chinese words are
 * often two) is looked up by its character pairs: {@code ug_bigrams(text)} is the set of every two adjacent
 * characters, with a GIN index on it for the description and for the address, and a case holds the keyword's
 * pairs before its text is checked with {@code like} (see {@code CaseReader}). A pg_trgm trigram index on the
 * case number serves a part of a number ("0312", "20261201-00"). pg_trgm alone cannot serve two characters: a
 * pattern of two has no trigram, and PostgreSQL then reads the whole table (measured: 213 ms at 500,000 cases,
 * against 0.5 ms through the pairs' index). H2, the embedded demo database, gets none of these; there the same
 * search checks each row with {@code like}. Also on PostgreSQL only: the street order's index holds open cases only.
 */
@Component
class CaseTextSearchMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21.1");
    }

    @Override
    public String getDescription() {
        return "case text search";
    }

    @Override
    public Integer getChecksum() {
        return 21_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create index ix_cases_number_trgm on cases using gin (case_number gin_trgm_ops)");
            statement.execute("""
                    create function ug_bigrams(t text) returns text[] language sql immutable strict parallel safe as
                    $$ select coalesce(array_agg(distinct substr(t, i, 2)), '{}') from generate_series(1, char_length(t) - 1) i $$""");
            statement.execute("create index ix_cases_description_bigrams on cases using gin (ug_bigrams(description))");
            statement.execute("create index ix_cases_address_bigrams on cases using gin (ug_bigrams(address))");
            // 我的任务 by street reads open cases only (every queue's states are open ones): a partial index skips
            // the closed cases, which would otherwise be read and dropped at the end of each street (V21).
            statement.execute("drop index ix_cases_street_due");
            statement.execute("create index ix_cases_street_due on cases (street_code, due_at, id) where status not in "
                    + "('CLOSED', 'CANCELLED', 'INVALID', 'NOT_FILED')");
        }
    }
}
