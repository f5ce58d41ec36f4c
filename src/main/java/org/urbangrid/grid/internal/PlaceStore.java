package org.urbangrid.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.grid.Place;
import org.urbangrid.grid.PlaceKind;

/** SQL for gazetteer entries. */
@Repository
public class PlaceStore {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    PlaceStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Place> all() {
        return jdbc.sql("select * from gazetteer_place order by id").query(PlaceStore::place).list();
    }

    public Place insert(String name, PlaceKind kind, double latitude, double longitude, String unitGridCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into gazetteer_place (name, kind, latitude, longitude, unit_grid_code) values (?, ?, ?, ?, ?)")
                .params(name, kind.name(), latitude, longitude, unitGridCode)
                .update(keys, "id");
        return new Place(keys.getKey().longValue(), name, kind, latitude, longitude, unitGridCode);
    }

    /** Replaces the entries derived from the base map with these (name, kind, latitude, longitude, unit grid or null). */
    public int replaceDerived(List<Object[]> rows) {
        jdbc.sql("delete from gazetteer_place where from_base_map").update();
        jdbcTemplate.batchUpdate("""
                insert into gazetteer_place (name, kind, latitude, longitude, unit_grid_code, from_base_map)
                values (?, ?, ?, ?, ?, true)""", rows);
        return rows.size();
    }

    public void updateGrid(long id, String unitGridCode) {
        jdbc.sql("update gazetteer_place set unit_grid_code = ? where id = ?").params(unitGridCode, id).update();
    }

    static Place place(ResultSet rs, int row) throws SQLException {
        return new Place(rs.getLong("id"), rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("unit_grid_code"));
    }
}
