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

    /** Both of the above at once: the counts per status and per light, as {@link #openCounts()} reads them. */
    record OpenCounts(Map<CaseStatus, Long> byStatus, Map<Light, Long> byLight) {}

    /**
     * Open cases per status and per light from one scan of the open cases (index-only on PostgreSQL), for a page
     * that shows both: the same figures as {@link #openCountsByStatus()} and {@link #openCountsByLight()}, read
     * again after every case change on this node and at least every few seconds (lights move with time).
     */
    OpenCounts openCounts();
}
