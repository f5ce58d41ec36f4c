package org.urbangrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import com.jayway.jsonpath.JsonPath;

/** The generated demo base map: the same every time, plausible, and each kind where it belongs. */
class DemoBaseMapTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String MAP = DemoBaseMap.geoJson();

    @Test
    void the_seed_gives_the_same_map_every_time() {
        assertThat(DemoBaseMap.geoJson()).isEqualTo(MAP);
    }

    @Test
    void every_named_feature_has_an_english_name_and_roads_have_their_real_names() {
        List<Map<String, Object>> named = JsonPath.read(MAP, "$.features[?(@.properties.name)].properties");
        assertThat(named).hasSizeGreaterThan(60).allSatisfy(p -> assertThat((String) p.get("nameEn")).isNotBlank());
        List<String> trunk = JsonPath.read(MAP, "$.features[?(@.properties.kind == 'road' && @.properties.rank == 1)].properties.name");
        assertThat(trunk).contains("黄浦路", "七贤岭路", "软件园路");
        List<String> places = JsonPath.read(MAP, "$.features[?(@.properties.kind == 'place')].properties.name");
        assertThat(places).contains("大连理工大学", "数码广场", "高新区人民医院", "七贤岭站");
    }

    @Test
    void blocks_stay_off_roads_water_and_parks() {
        var obstacles = new ArrayList<Geometry>();
        for (var kind : List.of("road", "water", "green")) {
            List<List<Object>> shapes = JsonPath.read(MAP, "$.features[?(@.properties.kind == '" + kind + "')].geometry.coordinates");
            List<String> types = JsonPath.read(MAP, "$.features[?(@.properties.kind == '" + kind + "')].geometry.type");
            for (int i = 0; i < shapes.size(); i++) {
                obstacles.add(types.get(i).equals("Polygon") ? polygon(shapes.get(i)) : line(shapes.get(i)));
            }
        }
        List<List<Object>> blocks = JsonPath.read(MAP, "$.features[?(@.properties.kind == 'block')].geometry.coordinates");
        assertThat(blocks).hasSizeGreaterThan(400);
        for (var block : blocks) {
            var shape = polygon(block);
            assertThat(obstacles).noneMatch(shape::intersects);
        }
    }

    @Test
    void the_sea_lies_south_of_the_district() {
        List<Double> seaLatitudes = JsonPath.read(MAP, "$.features[?(@.properties.name == '黄海')].geometry.coordinates[0][*][1]");
        assertThat(seaLatitudes).allSatisfy(lat -> assertThat(lat).isLessThan(DemoDistrict.lat(DemoDistrict.ROWS)));
    }

    @SuppressWarnings("unchecked")
    private static Geometry polygon(List<Object> rings) {
        return GEOMETRY.createPolygon(coordinates((List<Object>) rings.get(0)));
    }

    private static Geometry line(List<Object> positions) {
        return GEOMETRY.createLineString(coordinates(positions));
    }

    @SuppressWarnings("unchecked")
    private static Coordinate[] coordinates(List<Object> positions) {
        return positions.stream().map(p -> (List<Number>) p)
                .map(p -> new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue())).toArray(Coordinate[]::new);
    }
}
