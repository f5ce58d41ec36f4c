package org.urbangrid.dispatch;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.PostgresIntegrationTest;

class RoutingRulesPostgresTest extends PostgresIntegrationTest implements RoutingRulesContract {

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoutingPolicy policy;

    @Override
    public org.urbangrid.support.MutableClock clock() {
        return clock;
    }

    @Override
    public Api api() {
        return api;
    }

    @Override
    public Organization organization() {
        return organization;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public RoutingPolicy policy() {
        return policy;
    }
}
