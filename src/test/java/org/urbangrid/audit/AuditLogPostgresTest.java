package org.urbangrid.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.PostgresIntegrationTest;

class AuditLogPostgresTest extends PostgresIntegrationTest implements AuditLogContract {

    @Autowired AuditLog audit;
    @Autowired Organization organization;
    @Autowired WorkCalendars calendars;
    @Autowired StageLimits stageLimits;
    @Autowired RoutingRules routing;
    @Autowired CatalogAdministration catalogAdministration;
    @Autowired Catalog catalog;
    @Autowired JdbcClient jdbc;

    @Override public AuditLog audit() { return audit; }
    @Override public Organization organization() { return organization; }
    @Override public WorkCalendars calendars() { return calendars; }
    @Override public StageLimits stageLimits() { return stageLimits; }
    @Override public RoutingRules routing() { return routing; }
    @Override public CatalogAdministration catalogAdministration() { return catalogAdministration; }
    @Override public Catalog catalog() { return catalog; }

    @Test
    void the_database_itself_refuses_to_change_or_remove_an_entry() {
        audit.record("test-append-only", "step", "x", null, null);
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor_name = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasMessageContaining("append-only");
        assertThat(audit.page("test-append-only", null, 1).entries()).hasSize(1);
    }
}
