package org.urbangrid.platform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.PostgresIntegrationTest;

class BadInputPostgresTest extends PostgresIntegrationTest implements BadInputContract {

    @Autowired JdbcClient jdbc;
    @Autowired Grids grids;

    @Override public Api api() { return api; }
    @Override public MockMvcTester mvc() { return mvc; }
    @Override public JdbcClient jdbc() { return jdbc; }
    @Override public Grids grids() { return grids; }
}
