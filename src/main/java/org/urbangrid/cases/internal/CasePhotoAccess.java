package org.urbangrid.cases.internal;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.attachments.Photo;
import org.urbangrid.attachments.PhotoAccessPolicy;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.SqlTimes;

/**
 * The cases side of {@link PhotoAccessPolicy}: a photo is attached by its uploader in the same transaction as the
 * history entry of the report or move that carries it, so that entry is found by actor and time (index
 * {@code ix_history_actor}) and its photo list. Whoever may see that case ({@link CaseReader#canSee}) may see it.
 */
@Component
class CasePhotoAccess implements PhotoAccessPolicy {

    /** How long after the claim the history entry may be written (the same transaction, so moments in practice). */
    private static final Duration WITHIN = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Cases cases;
    private final CaseReader reader;

    CasePhotoAccess(JdbcClient jdbc, Cases cases, CaseReader reader) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.reader = reader;
    }

    @Override
    public Long caseOf(Photo photo) {
        if (photo.attachedAt() == null) {
            return null;
        }
        return jdbc.sql("""
                select case_id, photo_ids from case_history
                where actor_id = ? and at >= ? and at <= ? and photo_ids is not null order by at""")
                .params(photo.uploadedBy(), SqlTimes.toDb(photo.attachedAt().minus(WITHIN)),
                        SqlTimes.toDb(photo.attachedAt().plus(WITHIN)))
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(row -> java.util.List.of(row.getValue().split(",")).contains(photo.id()))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    @Override
    public boolean maySeeCase(StaffPrincipal viewer, long caseId) {
        return cases.find(caseId).filter(kase -> reader.canSee(viewer, kase.data)).isPresent();
    }
}
