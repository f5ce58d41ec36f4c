package org.urbangrid.audit;

import java.time.Instant;

/**
 * One administrative change.
 *
 * @param area what was changed: {@code catalog}, {@code limits}, {@code calendar}, {@code routing}, {@code grids},
 *        {@code staff}, {@code departments}
 * @param before the subject before the change as JSON (null when it was created)
 * @param after the subject after the change as JSON (null when it was removed)
 */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, String area, String action,
        String subject, String before, String after) {}
