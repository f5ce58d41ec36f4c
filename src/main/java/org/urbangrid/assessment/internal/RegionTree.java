package org.urbangrid.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;

/** The regions of each kind from the grid tree, and how many unit grids each holds (its code is their prefix). */
@Component
class RegionTree {

    private final Grids grids;

    RegionTree(Grids grids) {
        this.grids = grids;
    }

    /** Every region of the kind: code → name. */
    Map<String, String> of(SubjectKind kind) {
        var regions = new LinkedHashMap<String, String>();
        grids.ofLevel(level(kind)).forEach(grid -> regions.put(grid.code(), grid.name()));
        return regions;
    }

    /** Unit grids under each region of the kind (a unit grid counts 1). */
    Map<String, Long> unitGridCounts(SubjectKind kind) {
        int length = level(kind).codeLength();
        var counts = new LinkedHashMap<String, Long>();
        for (var unit : grids.ofLevel(GridLevel.UNIT)) {
            counts.merge(unit.code().substring(0, length), 1L, Long::sum);
        }
        return counts;
    }

    static GridLevel level(SubjectKind kind) {
        return switch (kind) {
            case UNIT_GRID -> GridLevel.UNIT;
            case COMMUNITY -> GridLevel.COMMUNITY;
            case STREET -> GridLevel.STREET;
            case DISTRICT -> GridLevel.DISTRICT;
            default -> throw new IllegalArgumentException("not a region: " + kind);
        };
    }
}
