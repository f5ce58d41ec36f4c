package org.urbangrid.exchange;

import org.junit.jupiter.api.extension.ExtendWith;
import org.urbangrid.support.PostgresAvailable;
import org.urbangrid.support.PostgresDatabase;

/** On a fresh PostgreSQL database of its own. */
@ExtendWith(PostgresAvailable.class)
class HotlineExchangeRestartPostgresTest extends HotlineExchangeRestartContract {

    @Override
    String database() {
        return PostgresDatabase.fresh();
    }
}
