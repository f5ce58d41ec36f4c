package org.urbangrid.cases;

import java.time.Instant;

import org.urbangrid.deadline.TimeLimit;

/** A request waiting for approval: a department's extension, return or suspension, or a cancellation. */
public record PendingRequest(RequestKind kind, String reason, TimeLimit extension, long requestedBy, Instant requestedAt) {}
