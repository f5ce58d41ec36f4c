package org.urbangrid.catalog;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class ConcurrentCatalogEditsTest extends IntegrationTest implements ConcurrentCatalogEditsContract {

    private static final AtomicInteger NEXT = new AtomicInteger(80);

    @Autowired Organization organization;
    @Autowired Catalog catalog;

    @BeforeEach
    void users() {
        CatalogUsers.ensure(organization);
    }

    @Override public Api api() { return api; }
    @Override public Catalog catalog() { return catalog; }

    @Override
    public String freshLocalClass() {
        while (true) {
            var code = "E21%02d".formatted(NEXT.getAndIncrement());
            if (catalog.findClass(code).isEmpty()) {
                return code;
            }
        }
    }
}
