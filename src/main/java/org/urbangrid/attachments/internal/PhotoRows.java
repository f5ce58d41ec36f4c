package org.urbangrid.attachments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        jdbc.sql("insert into photo (id, content_type, size, sha256, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?)")
                .params(photo.id(), photo.contentType(), photo.size(), photo.sha256(),
                        SqlTimes.toDb(photo.uploadedAt()), photo.uploadedBy())
                .update();
    }

    Optional<Photo> find(String id) {
        return jdbc.sql("select * from photo where id = ?").param(id).query(PhotoRows::photo).optional();
    }

    private static Photo photo(ResultSet rs, int row) throws SQLException {
        return new Photo(rs.getString("id"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
                SqlTimes.fromDb(rs, "uploaded_at"), rs.getLong("uploaded_by"));
    }
}
