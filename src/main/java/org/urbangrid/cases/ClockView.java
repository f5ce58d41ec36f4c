package org.urbangrid.cases;

import java.time.Instant;

import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;

/**
 * A case's current stage clock as people see it: deadline, share of the limit used, light, time left.
 *
 * @param minutesLeft in the limit's own time (work minutes for work limits), rounded down: 59 s left is 0,
 *        59 s overdue is −1, so it is negative exactly when overdue
 * @param secondsLeft the same in seconds; negative when overdue
 * @param suspended whether the clock is stopped (挂账)
 */
public record ClockView(Stage stage, TimeLimit limit, Instant startedAt, Instant due, Light light, double shareUsed,
        long minutesLeft, long secondsLeft, boolean suspended) {}
