package org.urbangrid.deadline;

import java.time.Duration;
import java.time.Instant;

/**
 * A deadline seen at one moment.
 *
 * @param shareUsed the share of the limit used so far, in the limit's own time (work time for work limits)
 * @param timeLeft time left in the limit's own time; negative once overdue
 */
public record DeadlineStatus(Light light, double shareUsed, Duration timeLeft, Instant due) {}
