package org.urbangrid.assessment.internal.publication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.support.OnPostgres;

@OnPostgres
class PublicationsPostgresTest extends PublicationsContract {

    @Autowired
    JdbcClient jdbc;

    @Test
    void postgres_refuses_to_change_or_remove_a_published_version() {
        api.post("leader", "/api/assessment/publications", publish("2026-06"));
        assertThatThrownBy(() -> jdbc.sql("update assessment_publication set reason = 'x' where period = '2026-06'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from assessment_publication where period = '2026-06'").update())
                .hasMessageContaining("append-only");
    }
}
