package org.urbangrid.grid;

import org.urbangrid.demo.DemoGrids;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;

/** Shared set-up of grid tests: the demo district (loaded once per context) and the test accounts. */
final class GridTestSupport {

    static final String ADMIN = "grid-admin";
    static final String INSPECTOR = "grid-inspector";

    private GridTestSupport() {}

    /** Loads the demo district unless this context already has it (the demo loader may have run). */
    static synchronized void ensureDemo(Grids grids, DemoGrids demo) {
        if (grids.find(DemoGrids.DISTRICT).isEmpty()) {
            demo.load();
        }
    }

    static synchronized void ensureUsers(Organization organization) {
        if (organization.staffByUsername(ADMIN).isEmpty()) {
            organization.createStaff(new NewStaff(ADMIN, "网格管理员", "demo123", Role.ADMIN, null, null, null));
        }
        if (organization.staffByUsername(INSPECTOR).isEmpty()) {
            organization.createStaff(new NewStaff(INSPECTOR, "网格监督员", "demo123", Role.INSPECTOR, null, null, null));
        }
    }
}
