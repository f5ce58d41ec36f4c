package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class GazetteerTest extends IntegrationTest {

    @Autowired
    Grids grids;
    @Autowired
    DemoGrids demo;
    @Autowired
    Gazetteer gazetteer;
    @Autowired
    Places places;
    @Autowired
    Organization organization;

    @BeforeEach
    void setUp() {
        GridTestSupport.ensureDemo(grids, demo);
        GridTestSupport.ensureUsers(organization);
    }

    @Test
    void demo_gazetteer_has_the_base_maps_named_roads_places_and_buildings() {
        var all = places.all();
        // roads are points every 150 m along them; about 60 distinct names
        assertThat(all.stream().map(place -> place.kind() + place.name()).distinct().count()).isBetween(60L, 90L);
        assertThat(all).extracting(Place::name).contains("黄浦路", "软件园路", "七贤岭路", "凌水路", "数码广场", "大连理工大学");
        var inDistrict = all.stream().filter(place -> place.unitGridCode() != null).toList();
        assertThat(inDistrict).hasSizeGreaterThan(all.size() / 2)
                .allSatisfy(place -> assertThat(place.unitGridCode()).startsWith("210231").hasSize(15));
        assertThat(all).filteredOn(place -> place.name().equals("黄浦路")).hasSizeGreaterThan(20)
                .allSatisfy(place -> assertThat(place.kind()).isEqualTo(PlaceKind.ROAD));
    }

    @Test
    void search_lists_a_road_once_at_its_middle() {
        var found = gazetteer.search("黄浦路", 10);
        assertThat(found).extracting(Place::name).containsOnlyOnce("黄浦路");
        assertThat(found.get(0).longitude()).isBetween(121.51, 121.525);
    }

    @Test
    void search_lists_prefix_matches_before_contains_matches() {
        var found = gazetteer.search("软件园", 10).stream().map(Place::name).toList();
        assertThat(found).contains("软件园路", "大连软件园", "腾飞软件园");
        int lastPrefix = lastIndexWhere(found, name -> name.startsWith("软件园"));
        int firstContains = found.indexOf(found.stream().filter(n -> !n.startsWith("软件园")).findFirst().orElseThrow());
        assertThat(lastPrefix).isLessThan(firstContains);
        assertThat(gazetteer.search("软件园", 2)).hasSize(2);
        assertThat(gazetteer.search("不存在的地名", 5)).isEmpty();
    }

    @Test
    void nearest_place_is_found_from_a_position_beside_it() {
        var road = gazetteer.search("黄浦路", 1).get(0);
        var near = gazetteer.nearest(road.latitude() + 0.0002, road.longitude() + 0.0001);
        assertThat(near).map(Place::name).contains("黄浦路");
    }

    @Test
    void describe_names_street_community_and_nearest_place_with_distance() {
        var road = gazetteer.search("黄浦路", 1).get(0);
        var text = gazetteer.describe(road.latitude() + 0.00036, road.longitude());
        assertThat(text).isEqualTo("凌水街道 小平岛社区 黄浦路附近(约40米)");
    }

    @Test
    void describe_outside_the_district_gives_only_the_nearest_place() {
        assertThat(gazetteer.describe(38.95, 121.50)).doesNotContain("街道").contains("附近(约").contains("公里");
        assertThatThrownBy(() -> gazetteer.describe(100, 0)).isInstanceOf(UrbanGridException.class);
    }

    @Test
    void search_and_nearest_through_the_api() {
        var search = api.get(GridTestSupport.INSPECTOR, "/api/gazetteer?q=七贤岭&limit=3");
        assertThat(search).hasStatusOk();
        assertThat(Api.<List<String>>read(search, "$[*].name")).hasSize(3).allSatisfy(n -> assertThat(n).startsWith("七贤岭"));
        var road = gazetteer.search("数码广场", 1).get(0);
        var nearest = api.get(GridTestSupport.INSPECTOR, "/api/gazetteer/nearest?lat={lat}&lng={lng}", road.latitude(),
                road.longitude());
        assertThat(Api.<String>read(nearest, "$.place.name")).isEqualTo("数码广场");
        assertThat(Api.<Integer>read(nearest, "$.distanceMetres")).isZero();
        assertThat(Api.<String>read(nearest, "$.address")).startsWith("软件园地区 ").endsWith("数码广场附近(约10米)");
        assertThat(api.get(GridTestSupport.INSPECTOR, "/api/gazetteer?q=")).hasStatus(400);
    }

    @Test
    void administrator_adds_a_place_located_in_its_unit_grid() {
        var inside = grids.centroidOf("210231004003005");
        var json = "{\"name\":\"测试便民服务站\",\"kind\":\"BUILDING\",\"latitude\":" + inside.latitude()
                + ",\"longitude\":" + inside.longitude() + "}";
        var result = api.post(GridTestSupport.ADMIN, "/api/gazetteer", json);
        assertThat(result).hasStatus(201);
        assertThat(Api.<String>read(result, "$.unitGridCode")).isEqualTo("210231004003005");
        assertThat(gazetteer.search("测试便民", 5)).extracting(Place::name).containsExactly("测试便民服务站");
    }

    @Test
    void adding_a_place_is_for_administrators_inside_the_district_with_a_name() {
        var inside = grids.centroidOf("210231001001001");
        var json = "{\"name\":\"%s\",\"kind\":\"PLACE\",\"latitude\":%s,\"longitude\":%s}";
        assertThat(api.post(GridTestSupport.INSPECTOR, "/api/gazetteer",
                json.formatted("无权添加", inside.latitude(), inside.longitude()))).hasStatus(403);
        assertThat(api.post(GridTestSupport.ADMIN, "/api/gazetteer", json.formatted("区外", 39.9, 116.4))).hasStatus(422);
        assertThat(api.post(GridTestSupport.ADMIN, "/api/gazetteer",
                json.formatted("", inside.latitude(), inside.longitude()))).hasStatus(400);
        assertThat(gazetteer.search("无权添加", 5)).isEmpty();
        assertThat(gazetteer.search("区外", 5)).isEmpty();
    }

    @Test
    void places_follow_their_unit_grid_when_grids_are_reimported() {
        var d = TestGeoJson.freshDistrict();
        grids.importGeoJson(TestGeoJson.whole(d).build());
        var place = places.add(new NewPlace("测试地名" + d.code(), PlaceKind.PLACE, d.south() + 0.0015, d.west() + 0.0005));
        assertThat(place.unitGridCode()).isEqualTo(d.unit(1));

        var moved = new TestGeoJson().rect(d.unit(1), "缩小", "unit", d.community(), d.south() + 0.0018, d.west(),
                d.south() + 0.002, d.west() + 0.001).rect(d.unit(5), "新网格", "unit", d.community(), d.south() + 0.001,
                d.west(), d.south() + 0.0018, d.west() + 0.001).build();
        grids.importGeoJson(moved);

        assertThat(gazetteer.search("测试地名" + d.code(), 1)).extracting(Place::unitGridCode).containsExactly(d.unit(5));
    }

    private static int lastIndexWhere(List<String> names, java.util.function.Predicate<String> test) {
        int last = -1;
        for (int i = 0; i < names.size(); i++) {
            if (test.test(names.get(i))) {
                last = i;
            }
        }
        return last;
    }
}
