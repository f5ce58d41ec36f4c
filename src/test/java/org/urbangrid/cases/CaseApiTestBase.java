package org.urbangrid.cases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.cases.internal.OverdueMarker;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.MutableClock;
import org.urbangrid.support.IntegrationTest;

/** The case contracts' access to the application running on H2. */
abstract class CaseApiTestBase extends IntegrationTest implements CaseTestAccess {

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueMarker overdueMarker;

    @Override
    public Api api() {
        return api;
    }

    @Override
    public MockMvcTester mvc() {
        return mvc;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public OverdueMarker overdueMarker() {
        return overdueMarker;
    }

    @Override
    public CaseFlows flows() {
        return new CaseFlows(api, mvc, grids);
    }
}
