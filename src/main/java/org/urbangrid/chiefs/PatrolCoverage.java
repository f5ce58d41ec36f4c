package org.urbangrid.chiefs;

import java.time.Instant;
import java.util.Map;

/**
 * 巡查覆盖率: the share of a segment's length within {@link #COVER_METRES} of any track point of a period, and the
 * days patrolled, for the scorecards and as an external input of the assessment.
 */
public interface PatrolCoverage {

    /** How near a track point must pass for a stretch of the line to count as patrolled. */
    double COVER_METRES = 30;

    /**
     * @param lengthMetres the line's length (a chief's: the sum over their segments)
     * @param coveredMetres of that, within {@link #COVER_METRES} of a track point of the period
     * @param patrolDays the distinct days (city zone) with a patrol started in the period
     * @param patrols patrols started in the period
     */
    record Coverage(double lengthMetres, double coveredMetres, int patrolDays, int patrols) {

        /** Covered share, 0..1 (0 for an empty line). */
        public double share() {
            return lengthMetres <= 0 ? 0 : Math.min(1, coveredMetres / lengthMetres);
        }
    }

    /** A segment's coverage by the track points of every patrol on it in [from, to). */
    Coverage ofSegment(long segmentId, Instant from, Instant to);

    /**
     * A chief's coverage: over the segments they were a chief of during the period, by their own patrols' track points
     * in [from, to).
     */
    Coverage ofChief(long staffId, Instant from, Instant to);

    /** Every segment's coverage for the period, by segment id. */
    Map<Long, Coverage> bySegment(Instant from, Instant to);
}
