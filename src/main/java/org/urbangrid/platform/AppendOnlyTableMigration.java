package org.urbangrid.platform;

import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that makes a table append-only on PostgreSQL: a statement trigger refuses UPDATE, DELETE and
 * TRUNCATE, so not even a mistaken statement rewrites what was recorded (the audit log, published assessments).
 * H2, the embedded demo database, has no PL/pgSQL; there the application simply has no path that changes a row.
 * A module declares one as a {@code @Component} subclass; Spring Boot hands every {@code JavaMigration} bean to
 * Flyway.
 */
public abstract class AppendOnlyTableMigration implements JavaMigration {

    private final String version;
    private final int checksum;
    private final String description;
    private final String table;

    /**
     * @param version e.g. {@code "13.2"}
     * @param checksum a constant Flyway compares with the one recorded when the migration ran (never change it)
     */
    protected AppendOnlyTableMigration(String version, int checksum, String description, String table) {
        this.version = version;
        this.checksum = checksum;
        this.description = description;
        this.table = table;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create or replace function %1$s_append_only() returns trigger language plpgsql as $$
                    begin
                      raise exception '%1$s is append-only: %% refused', tg_op;
                    end $$""".formatted(table));
            statement.execute("""
                    create trigger %1$s_append_only before update or delete or truncate on %1$s
                    for each statement execute function %1$s_append_only()""".formatted(table));
        }
    }
}
