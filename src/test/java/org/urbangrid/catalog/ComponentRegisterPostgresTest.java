package org.urbangrid.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.internal.ComponentService;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.PostgresIntegrationTest;

class ComponentRegisterPostgresTest extends PostgresIntegrationTest implements ComponentRegisterContract {

    @Autowired
    ComponentService components;

    @Autowired
    Grids grids;

    @Autowired
    DemoGrids demoGrids;

    @Autowired
    Organization organization;

    @BeforeEach
    void fixtures() {
        ComponentFixtures.ensure(grids, demoGrids, organization);
    }

    @Override
    public ComponentService components() {
        return components;
    }

    @Override
    public Grids grids() {
        return grids;
    }
}
