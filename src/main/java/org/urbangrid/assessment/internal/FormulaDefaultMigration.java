package org.urbangrid.assessment.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/** V17.1: stores {@link DefaultFormula} as the first formula version, valid from 2000-01-01. */
@Component
class FormulaDefaultMigration implements JavaMigration {

    private final Clock clock;

    FormulaDefaultMigration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17.1");
    }

    @Override
    public String getDescription() {
        return "assessment default formula";
    }

    @Override
    public Integer getChecksum() {
        return 17_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (var insert = context.getConnection().prepareStatement("""
                insert into assessment_formula (valid_from, reason, body_json, created_at, created_by)
                values (?, ?, ?, ?, ?)""")) {
            insert.setDate(1, Date.valueOf(DefaultFormula.VALID_FROM));
            insert.setString(2, "DOMAIN §6 defaults (默认考核办法)");
            insert.setString(3, FormulaJson.write(DefaultFormula.body()));
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.setString(5, "system");
            insert.executeUpdate();
        }
    }
}
