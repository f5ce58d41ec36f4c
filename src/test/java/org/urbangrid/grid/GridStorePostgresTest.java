package org.urbangrid.grid;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.PostgresIntegrationTest;

class GridStorePostgresTest extends PostgresIntegrationTest implements GridStoreContract {

    @Autowired
    Grids grids;

    @Override
    public Grids grids() {
        return grids;
    }
}
