package org.urbangrid.deadline;

import java.time.Instant;

/**
 * A stage's clock: when it started, its limit, when it is due and when its light turns yellow.
 * Made and moved only by {@link Deadlines}, which knows the work calendar.
 */
public record Deadline(Instant start, TimeLimit limit, Instant due, Instant warnAt) {}
