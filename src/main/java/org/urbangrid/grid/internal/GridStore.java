package org.urbangrid.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.platform.SqlTimes;

/** SQL for grids; polygons are WKT text in WGS84. */
@Repository
public class GridStore {

    private static final String GRID = "select code, name, name_en, grid_level, parent_code, area_m2 from grid ";
    private static final String SHAPE = "select code, name, name_en, grid_level, parent_code, area_m2, geometry from grid ";

    private static final long NAME_TTL_SECONDS = 30;

    private record CachedName(Optional<String> name, long until) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Map<String, CachedName> names = new ConcurrentHashMap<>();
    /**
     * Every grid of a level (names, parents, areas; no polygons), read once and kept until grids are saved here or
     * another node announces a change ({@link #forgetLevels}, called by the locator as it rebuilds).
     */
    private final Map<GridLevel, List<Grid>> levels = new ConcurrentHashMap<>();

    GridStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public Optional<Grid> find(String code) {
        return jdbc.sql(GRID + "where code = ?").param(code).query(GridStore::grid).optional();
    }

    public Optional<GridShape> shape(String code) {
        return jdbc.sql(SHAPE + "where code = ?").param(code).query(GridStore::shape).optional();
    }

    public List<Grid> children(String parentCode) {
        return jdbc.sql(GRID + "where parent_code = ? order by code").param(parentCode).query(GridStore::grid).list();
    }

    public List<Grid> ofLevel(GridLevel level) {
        var known = levels.get(level);
        if (known != null) {
            return known;
        }
        var read = List.copyOf(jdbc.sql(GRID + "where grid_level = ? order by code").param(level.key())
                .query(GridStore::grid).list());
        levels.put(level, read);
        return read;
    }

    /** Drops the grids kept per level: after an import has committed here, or when another node changed them. */
    public void forgetLevels() {
        levels.clear();
    }

    public List<GridShape> shapesOfLevel(GridLevel level) {
        return jdbc.sql(SHAPE + "where grid_level = ? order by code").param(level.key()).query(GridStore::shape).list();
    }

    /** The grid and everything below it, parents first. */
    public List<GridShape> subtree(String code) {
        return jdbc.sql(SHAPE + "where code like ? order by length(code), code").param(code + "%")
                .query(GridStore::shape).list();
    }

    public List<GridShape> all() {
        return jdbc.sql(SHAPE + "order by length(code), code").query(GridStore::shape).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from grid").query(Long.class).single();
    }

    /** A grid's name, cached for {@value #NAME_TTL_SECONDS} s (cleared by an import on this node): every report's address reads it. */
    public Optional<String> nameOf(String code) {
        long now = System.nanoTime();
        var cached = names.get(code);
        if (cached != null && now - cached.until() < 0) {
            return cached.name();
        }
        var name = jdbc.sql("select name from grid where code = ?").param(code).query(String.class).optional();
        if (names.size() > 100_000) {
            names.clear();
        }
        names.put(code, new CachedName(name, now + NAME_TTL_SECONDS * 1_000_000_000L));
        return name;
    }

    /** Inserts new grids and replaces stored ones in two JDBC batches; parents must come before children. */
    public void saveAll(List<Grid> fresh, List<Grid> replacing, Map<String, String> wkt, Instant now) {
        names.clear();
        levels.clear();
        var at = SqlTimes.toDb(now);
        jdbcTemplate.batchUpdate("""
                insert into grid (name, name_en, grid_level, parent_code, geometry, area_m2, updated_at, code)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows(fresh, wkt, at));
        jdbcTemplate.batchUpdate("""
                update grid set name = ?, name_en = ?, grid_level = ?, parent_code = ?, geometry = ?, area_m2 = ?,
                    updated_at = ?
                where code = ?""", rows(replacing, wkt, at));
    }

    private static List<Object[]> rows(List<Grid> grids, Map<String, String> wkt, Object at) {
        return grids.stream().map(g -> new Object[] { g.name(), g.nameEn(), g.level().key(), g.parentCode(), wkt.get(g.code()),
                g.areaSquareMetres(), at, g.code() }).toList();
    }

    static Grid grid(ResultSet rs, int row) throws SQLException {
        return new Grid(rs.getString("code"), rs.getString("name"), GridLevel.fromKey(rs.getString("grid_level")).orElseThrow(),
                rs.getString("parent_code"), rs.getDouble("area_m2"), rs.getString("name_en"));
    }

    static GridShape shape(ResultSet rs, int row) throws SQLException {
        return new GridShape(grid(rs, row), Geo.fromWkt(rs.getString("geometry")));
    }
}
