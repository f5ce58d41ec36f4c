package org.urbangrid.cases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.cases.internal.OverdueMarker;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

/** What the case tests use besides the API, on H2 or, with {@link org.urbangrid.support.OnPostgres}, on PostgreSQL. */
abstract class CaseIntegrationTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueMarker overdueMarker;

    CaseFlows flows() {
        return new CaseFlows(api, mvc, grids);
    }
}
