package org.urbangrid.audit.internal;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * V13.2: on PostgreSQL, a trigger that refuses UPDATE and DELETE on {@code audit_log}, so not even a mistaken
 * statement can rewrite history. H2 (the embedded demo database) has no PL/pgSQL; there the application
 * simply has no path that changes a row. Spring Boot hands every {@code JavaMigration} bean to Flyway.
 */
@Component
class AuditAppendOnlyMigration implements JavaMigration {

    @Override
    public Integer getChecksum() {
        return 13_2;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13.2");
    }

    @Override
    public String getDescription() {
        return "audit append only";
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
                    begin
                      raise exception 'audit_log is append-only: % refused', tg_op;
                    end $$""");
            statement.execute("""
                    create trigger audit_log_append_only before update or delete or truncate on audit_log
                    for each statement execute function audit_log_append_only()""");
        }
    }
}
