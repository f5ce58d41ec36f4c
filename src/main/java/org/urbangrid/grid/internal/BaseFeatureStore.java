package org.urbangrid.grid.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.grid.BaseFeatureKind;
import org.urbangrid.platform.SqlTimes;

/** SQL for the base map: features with GeoJSON geometry text and bounding boxes, and the one version row. */
@Repository
public class BaseFeatureStore {

    /** A stored feature as the map reads it: the geometry stays GeoJSON text, served as it is. */
    public record Row(long id, BaseFeatureKind kind, String name, String nameEn, int rank, int minZoom, String geometry) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    BaseFeatureStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public long version() {
        return jdbc.sql("select version from base_map where id = 1").query(Long.class).optional().orElse(0L);
    }

    /**
     * Features whose bounding box meets the view's and that show at this zoom, at most {@code limit}, in drawing
     * order (water, green, blocks, branch roads up to trunk roads, places) so a truncated answer keeps the bottom layers.
     */
    public List<Row> within(double minLng, double minLat, double maxLng, double maxLat, int zoom, int limit) {
        return jdbc.sql("""
                select id, kind, name, name_en, rank, min_zoom, geometry from base_feature
                where min_lng <= ? and max_lng >= ? and min_lat <= ? and max_lat >= ? and min_zoom <= ?
                order by case kind when 'WATER' then 0 when 'GREEN' then 1 when 'BLOCK' then 2 when 'ROAD' then 3 else 4 end,
                         rank desc, id
                fetch first ? rows only""")
                .params(maxLng, minLng, maxLat, minLat, zoom, limit)
                .query((rs, n) -> new Row(rs.getLong("id"), BaseFeatureKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("name_en"), rs.getInt("rank"), rs.getInt("min_zoom"),
                        rs.getString("geometry")))
                .list();
    }

    /** Stored features per kind (lower-case key), every kind present. */
    public Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        for (var kind : BaseFeatureKind.values()) {
            counts.put(kind.key(), 0);
        }
        jdbc.sql("select kind, count(*) as n from base_feature group by kind")
                .query((rs, n) -> counts.put(BaseFeatureKind.valueOf(rs.getString("kind")).key(), rs.getInt("n")))
                .list();
        return counts;
    }

    /** Replaces every feature and bumps the version; runs in the caller's transaction. */
    public long replaceAll(List<BaseFeature> features, String source, Instant now) {
        jdbc.sql("delete from base_feature").update();
        var rows = features.stream().map(f -> {
            var box = f.geometry().getEnvelopeInternal();
            return new Object[] { f.kind().name(), f.name(), f.nameEn(), f.rank(), f.minZoom(),
                    BaseMapGeoJson.write(f.geometry()), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY() };
        }).toList();
        jdbcTemplate.batchUpdate("""
                insert into base_feature (kind, name, name_en, rank, min_zoom, geometry, min_lng, min_lat, max_lng, max_lat)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("update base_map set version = version + 1, source = ?, features = ?, updated_at = ? where id = 1")
                .params(source, features.size(), SqlTimes.toDb(now)).update();
        return version();
    }

    public int count() {
        return jdbc.sql("select features from base_map where id = 1").query(Integer.class).optional().orElse(0);
    }
}
