package org.urbangrid.console.admin;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;

/** Reads an inspector's responsibility area (责任区) as typed: unit grid codes, or community codes for all their units. */
@Component
class ResponsibilityAreas {

    private final Grids grids;

    ResponsibilityAreas(Grids grids) {
        this.grids = grids;
    }

    Set<String> parse(String text) {
        var units = new LinkedHashSet<String>();
        if (text == null || text.isBlank()) {
            return units;
        }
        for (var code : text.strip().split("[\\s,,;;、]+")) {
            var grid = grids.find(code).orElseThrow(() -> Refusals.invalid("admin.error.area-code", code));
            if (grid.level() == GridLevel.UNIT) {
                units.add(code);
            } else if (grid.level() == GridLevel.COMMUNITY) {
                grids.children(code).stream().map(Grid::code).forEach(units::add);
            } else {
                throw Refusals.invalid("admin.error.area-code", code);
            }
        }
        return units;
    }
}
