package org.urbangrid.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.support.OnPostgres;

@OnPostgres
class AuditLogPostgresTest extends AuditLogContract {

    @Autowired JdbcClient jdbc;

    @Test
    void the_database_itself_refuses_to_change_or_remove_an_entry() {
        audit.record("test-append-only", "step", "x", null, null);
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor_name = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
        assertThat(audit.page("test-append-only", null, 1).entries()).hasSize(1);
    }
}
