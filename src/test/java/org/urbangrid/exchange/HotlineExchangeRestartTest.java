package org.urbangrid.exchange;

import java.nio.file.Files;

/** On a file H2 database (the embedded default), which outlives the first context. */
class HotlineExchangeRestartTest extends HotlineExchangeRestartContract {

    @Override
    String database() throws Exception {
        var dir = Files.createTempDirectory("urbangrid-exchange-restart");
        return "jdbc:h2:file:" + dir.resolve("urbangrid") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
