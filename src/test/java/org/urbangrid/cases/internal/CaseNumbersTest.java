package org.urbangrid.cases.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.urbangrid.support.IntegrationTest;

/** Case numbers on H2. */
class CaseNumbersTest extends IntegrationTest implements CaseNumbersContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public PlatformTransactionManager transactions() {
        return transactions;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
