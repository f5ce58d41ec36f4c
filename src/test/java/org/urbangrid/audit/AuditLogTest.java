package org.urbangrid.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

class AuditLogTest extends IntegrationTest implements AuditLogContract {

    @Autowired AuditLog audit;
    @Autowired Organization organization;
    @Autowired WorkCalendars calendars;
    @Autowired StageLimits stageLimits;
    @Autowired RoutingRules routing;
    @Autowired CatalogAdministration catalogAdministration;
    @Autowired Catalog catalog;

    @Override public AuditLog audit() { return audit; }
    @Override public Organization organization() { return organization; }
    @Override public WorkCalendars calendars() { return calendars; }
    @Override public StageLimits stageLimits() { return stageLimits; }
    @Override public RoutingRules routing() { return routing; }
    @Override public CatalogAdministration catalogAdministration() { return catalogAdministration; }
    @Override public Catalog catalog() { return catalog; }
}
