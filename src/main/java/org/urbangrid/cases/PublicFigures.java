package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * 公开数据: the figures the public board (曝光台) shows per street (街道) and per department (部门) over a period,
 * each one grouped, index-matched query over the cases. A duplicate joined to an earlier case
 * ({@link CaseStatus#MERGED}) is counted nowhere. Public by construction: counts only, no case's content.
 */
public interface PublicFigures {

    /**
     * What is counted for one street or department over {@code [from, to)}.
     *
     * @param key the street code, or the lead department's id as text
     * @param reported cases reported in the period (any state but merged); per department: of those, the ones it
     *        leads now (dispatched to it)
     * @param closed cases closed (已结案) in the period, whenever reported
     * @param closedOnTime of {@code closed}, those whose handling stage was never late (no handling deadline missed)
     * @param overdueNow open cases marked overdue (超期) now, whenever reported
     * @param hoursToCloseSum the sum over {@code closed} of the natural hours from report to close
     */
    record Figures(String key, long reported, long closed, long closedOnTime, long overdueNow, double hoursToCloseSum) {

        /** Share of {@code closed} closed on time, 0–100; null when nothing was closed. */
        public Double onTimePercent() {
            return closed == 0 ? null : 100.0 * closedOnTime / closed;
        }

        /** Mean natural hours from report to close over {@code closed}; null when nothing was closed. */
        public Double meanHoursToClose() {
            return closed == 0 ? null : hoursToCloseSum / closed;
        }
    }

    /** Per street code, the streets with any figure (absent: all zero). */
    List<Figures> byStreet(Instant from, Instant to);

    /** Per lead department, the departments with any figure (absent: all zero); not-yet-dispatched cases have none. */
    List<Figures> byDepartment(Instant from, Instant to);
}
