package org.urbangrid.assessment.internal.publication;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V18.1: on PostgreSQL, a trigger that refuses UPDATE, DELETE and TRUNCATE on {@code assessment_publication}, so a
 * published result cannot be rewritten even by a mistaken statement. H2 has no PL/pgSQL; there the application
 * simply has no path that changes a row (as for the audit log, V13.2).
 */
@Component
class PublicationAppendOnlyMigration implements JavaMigration {

    @Override
    public Integer getChecksum() {
        return 18_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18.1");
    }

    @Override
    public String getDescription() {
        return "assessment publication append only";
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create or replace function assessment_publication_append_only() returns trigger language plpgsql as $$
                    begin
                      raise exception 'assessment_publication is append-only: % refused', tg_op;
                    end $$""");
            statement.execute("""
                    create trigger assessment_publication_append_only
                    before update or delete or truncate on assessment_publication
                    for each statement execute function assessment_publication_append_only()""");
        }
    }
}
