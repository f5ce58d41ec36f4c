package org.urbangrid.catalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.internal.CatalogService;
import org.urbangrid.support.IntegrationTest;

class CatalogStoreTest extends IntegrationTest implements CatalogStoreContract {

    @Autowired
    CatalogService catalog;

    @Override
    public CatalogService catalog() {
        return catalog;
    }

    @Override
    public String localCode(int n) {
        return "C21%02d".formatted(60 + n);
    }
}
