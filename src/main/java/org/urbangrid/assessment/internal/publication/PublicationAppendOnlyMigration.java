package org.urbangrid.assessment.internal.publication;

import org.springframework.stereotype.Component;
import org.urbangrid.platform.AppendOnlyTableMigration;

/** V18.1: {@code assessment_publication} is append-only on PostgreSQL: a published result cannot be rewritten. */
@Component
class PublicationAppendOnlyMigration extends AppendOnlyTableMigration {

    PublicationAppendOnlyMigration() {
        super("18.1", 18_1, "assessment publication append only", "assessment_publication");
    }
}
