package org.urbangrid.grid;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.IntegrationTest;

class GridStoreTest extends IntegrationTest implements GridStoreContract {

    @Autowired
    Grids grids;

    @Override
    public Grids grids() {
        return grids;
    }
}
