package org.urbangrid.audit.internal;

import org.springframework.stereotype.Component;
import org.urbangrid.platform.AppendOnlyTableMigration;

/** V13.2: {@code audit_log} is append-only on PostgreSQL, so not even a mistaken statement can rewrite history. */
@Component
class AuditAppendOnlyMigration extends AppendOnlyTableMigration {

    AuditAppendOnlyMigration() {
        super("13.2", 13_2, "audit append only", "audit_log");
    }
}
