package org.urbangrid.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.cases.internal.OverdueMarker;
import org.urbangrid.support.Api;
import org.urbangrid.support.MutableClock;

/** What the case contracts need from the running application, on H2 or on PostgreSQL. */
interface CaseTestAccess {

    Api api();

    MockMvcTester mvc();

    MutableClock clock();

    JdbcClient jdbc();

    OverdueMarker overdueMarker();

    CaseFlows flows();
}
