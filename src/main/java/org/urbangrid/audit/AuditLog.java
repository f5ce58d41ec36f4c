package org.urbangrid.audit;

import java.time.Clock;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.urbangrid.audit.internal.AuditRows;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log. {@link #record} joins the caller's transaction, so a change and its entry are
 * committed together or not at all. There is no way to change or remove an entry.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PAGE = 200;

    private final AuditRows rows;
    private final Clock clock;

    AuditLog(AuditRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Records a change made by the person logged in now.
     *
     * @param before the subject before (any value Jackson writes; null when created)
     * @param after the subject after (null when removed)
     */
    public void record(String area, String action, String subject, Object before, Object after) {
        Long actorId = null;
        String actorName = "system";
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            if (authentication.getPrincipal() instanceof AuditActor actor) {
                actorId = actor.auditActorId();
                actorName = actor.auditActorName();
            } else {
                actorName = authentication.getName();
            }
        }
        rows.insert(clock.instant(), actorId, actorName, area, action, truncate(subject, 200), json(before), json(after));
    }

    /** {@link #record} and hands back {@code after}, so a service can record and return in one line. */
    public <T> T recorded(String area, String action, String subject, Object before, T after) {
        record(area, action, subject, before, after);
        return after;
    }

    /** Entries newest first, optionally of one area, older than the entry {@code before} (keyset paging). */
    public AuditPage page(String area, Long before, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        var entries = rows.page(area == null || area.isBlank() ? null : area, before, limit + 1);
        if (entries.size() > limit) {
            var page = entries.subList(0, limit);
            return new AuditPage(java.util.List.copyOf(page), page.get(limit - 1).id());
        }
        return new AuditPage(entries, null);
    }

    /**
     * Entries newest first by area, actor and time range [from, to) (each null for any), older than {@code before}.
     */
    public AuditPage page(String area, Long actorId, java.time.Instant from, java.time.Instant to, Long before,
            int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        var entries = rows.page(area == null || area.isBlank() ? null : area, actorId, from, to, before, limit + 1);
        if (entries.size() > limit) {
            var page = entries.subList(0, limit);
            return new AuditPage(java.util.List.copyOf(page), page.get(limit - 1).id());
        }
        return new AuditPage(entries, null);
    }

    /** The areas with entries, for a filter. */
    public java.util.List<String> areas() {
        return rows.areas();
    }

    /** The people with entries (id, name recorded), for a filter. */
    public java.util.List<AuditedPerson> actors() {
        return rows.actors();
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static String truncate(String text, int max) {
        var value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
