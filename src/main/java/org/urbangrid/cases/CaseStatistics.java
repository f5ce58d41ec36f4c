package org.urbangrid.cases;

import java.util.Map;

import org.urbangrid.deadline.Light;

/** 统计: counts of open cases for maps and overviews, each one grouped query within the viewer's street. */
public interface CaseStatistics {

    /** Open cases per unit grid code; grids without open cases are absent. */
    Map<String, Long> openCountsByGrid();

    /** Open cases per status. */
    Map<CaseStatus, Long> openCountsByStatus();

    /** Open cases with a running clock per light (suspended cases and cases without a clock are left out). */
    Map<Light, Long> openCountsByLight();
}
