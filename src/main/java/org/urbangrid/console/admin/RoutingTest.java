package org.urbangrid.console.admin;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.Location;

/** Builds the routing query of the tester (试算) from what the admin typed: a class or condition, and a place. */
@Component
class RoutingTest {

    private final Catalog catalog;
    private final Grids grids;
    private final GridLocator locator;

    RoutingTest(Catalog catalog, Grids grids, GridLocator locator) {
        this.catalog = catalog;
        this.grids = grids;
        this.locator = locator;
    }

    RoutingQuery query(String category, String gridCode, Double lat, Double lng) {
        var code = category == null ? "" : category.strip().toUpperCase(java.util.Locale.ROOT);
        String classCode;
        String conditionCode = null;
        if (catalog.condition(code).isPresent()) {
            conditionCode = code;
            classCode = catalog.condition(code).get().classCode();
        } else if (catalog.findClass(code).isPresent()) {
            classCode = code;
        } else {
            throw Refusals.invalid("admin.routing.test.unknown-category", category);
        }
        var where = location(gridCode, lat, lng);
        boolean byPoint = (gridCode == null || gridCode.isBlank()) && lat != null && lng != null;
        return new RoutingQuery(classCode, conditionCode, where.unitGridCode(), where.communityCode(),
                where.streetCode(), null, byPoint ? lat : null, byPoint ? lng : null);
    }

    /** A typed grid code (street, community or unit) or a point on the map, placed in the hierarchy. */
    Location location(String gridCode, Double lat, Double lng) {
        if (gridCode != null && !gridCode.isBlank()) {
            var code = gridCode.strip();
            if (!code.matches("\\d{9}|\\d{12}|\\d{15}") || grids.find(code).isEmpty()) {
                throw Refusals.invalid("admin.routing.test.unknown-grid", gridCode);
            }
            return new Location(code.length() == 15 ? code : null, code.length() >= 12 ? code.substring(0, 12) : null,
                    code.substring(0, 9), code.substring(0, 6));
        }
        if (lat == null || lng == null) {
            throw Refusals.invalid("admin.routing.test.no-place");
        }
        return locator.locate(lat, lng);
    }
}
