package org.urbangrid.attachments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.attachments.Photo;
import org.urbangrid.platform.SqlTimes;

/** SQL for photo metadata. */
@Repository
class PhotoRows {

    private final JdbcClient jdbc;

    PhotoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Photo photo) {
        jdbc.sql("""
                insert into photo (id, content_type, size, sha256, uploaded_at, uploaded_by, width, height)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(photo.id(), photo.contentType(), photo.size(), photo.sha256(),
                        SqlTimes.toDb(photo.uploadedAt()), photo.uploadedBy(), photo.width(), photo.height())
                .update();
    }

    Optional<Photo> find(String id) {
        return jdbc.sql("select * from photo where id = ?").param(id).query(PhotoRows::photo).optional();
    }

    /** Marks the photo attached if it is this person's and not attached yet; false otherwise. */
    boolean claim(String id, long staffId, Instant at) {
        return jdbc.sql("update photo set attached_at = ? where id = ? and uploaded_by = ? and attached_at is null")
                .params(SqlTimes.toDb(at), id, staffId).update() == 1;
    }

    void linkCase(String id, long caseId) {
        jdbc.sql("update photo set case_id = ? where id = ? and case_id is null").params(caseId, id).update();
    }

    /** Uploads in the window (since, until]: an earlier (simulated) hour does not count uploads stamped after it. */
    long uploadsSince(long staffId, Instant since, Instant until) {
        return jdbc.sql("select count(*) from photo where uploaded_by = ? and uploaded_at > ? and uploaded_at <= ?")
                .params(staffId, SqlTimes.toDb(since), SqlTimes.toDb(until)).query(Long.class).single();
    }

    Optional<Instant> oldestUploadSince(long staffId, Instant since, Instant until) {
        return jdbc.sql("select min(uploaded_at) as oldest from photo where uploaded_by = ? and uploaded_at > ?"
                + " and uploaded_at <= ?")
                .params(staffId, SqlTimes.toDb(since), SqlTimes.toDb(until))
                .query((rs, n) -> SqlTimes.fromDb(rs, "oldest")).optional().filter(java.util.Objects::nonNull);
    }

    List<String> unattachedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select id from photo where attached_at is null and uploaded_at < ? order by uploaded_at limit ?")
                .params(SqlTimes.toDb(cutoff), limit).query(String.class).list();
    }

    /** Removes the row if it is still unattached and old; false when a move attached it meanwhile. */
    boolean deleteOwnUnattached(String id, long uploadedBy) {
        return jdbc.sql("delete from photo where id = ? and attached_at is null and uploaded_by = ?")
                .params(id, uploadedBy).update() == 1;
    }

    boolean deleteUnattached(String id, Instant cutoff) {
        return jdbc.sql("delete from photo where id = ? and attached_at is null and uploaded_at < ?")
                .params(id, SqlTimes.toDb(cutoff)).update() == 1;
    }

    private static Photo photo(ResultSet rs, int row) throws SQLException {
        int width = rs.getInt("width");
        Integer w = rs.wasNull() ? null : width;
        int height = rs.getInt("height");
        Integer h = rs.wasNull() ? null : height;
        long caseId = rs.getLong("case_id");
        Long c = rs.wasNull() ? null : caseId;
        return new Photo(rs.getString("id"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
                SqlTimes.fromDb(rs, "uploaded_at"), rs.getLong("uploaded_by"), w, h, SqlTimes.fromDb(rs, "attached_at"), c);
    }
}
