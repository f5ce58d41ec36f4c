package org.urbangrid.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.NewPlace;
import org.urbangrid.grid.PlaceKind;
import org.urbangrid.grid.Places;

/**
 * Demo grids (演示网格) and gazetteer: the 大连高新区 district of seed 000 with its 4 streets, 16 communities
 * and 1,120 unit grids of about 10,000 m², imported through {@link Grids}, then about 55 named roads, places
 * and buildings through {@link Places}.
 */
@Component
public class DemoGrids {

    public static final String DISTRICT = "210231";

    private final Grids grids;
    private final Places places;

    DemoGrids(Grids grids, Places places) {
        this.grids = grids;
        this.places = places;
    }

    public void load() {
        grids.importGeoJson(DemoDistrict.geoJson());
        places.addAll(PLACES.stream().map(place -> new NewPlace(place.name(), place.kind(),
                DemoDistrict.lat(0) - place.row() * DemoDistrict.CELL_LAT,
                DemoDistrict.lng(0) + place.col() * DemoDistrict.CELL_LNG)).toList());
    }

    /** A place by its position in lattice cells from the district's north-west corner. */
    private record DemoPlace(String name, PlaceKind kind, double row, double col) {}

    private static DemoPlace road(String name, double row, double col) {
        return new DemoPlace(name, PlaceKind.ROAD, row, col);
    }

    private static DemoPlace place(String name, double row, double col) {
        return new DemoPlace(name, PlaceKind.PLACE, row, col);
    }

    private static DemoPlace building(String name, double row, double col) {
        return new DemoPlace(name, PlaceKind.BUILDING, row, col);
    }

    private static final List<DemoPlace> PLACES = List.of(
            // 凌水街道 (north-west)
            road("黄浦路", 3.5, 5.2), road("凌水路", 6.8, 4.3), road("凌工路", 9.2, 8.7), road("河口路", 12.6, 2.4),
            road("小平岛路", 2.3, 16.5), place("大连理工大学", 5.2, 10.5), place("大连理工大学西门", 6.1, 9.4),
            building("大连理工大学图书馆", 4.4, 11.6), place("凌水桥", 8.4, 2.2), place("凌水河", 7.7, 0.8),
            place("河口湾公园", 13.1, 1.3), place("小平岛公园", 1.2, 18.1), building("凌水家园", 11.5, 5.6),
            building("金家街小区", 12.4, 14.2), building("凌水街道办事处", 10.3, 11.0), place("凌水农贸市场", 2.8, 3.3),
            // 软件园地区 (north-east)
            road("软件园路", 4.6, 28.4), road("数码路", 9.7, 24.1), road("东软路", 2.4, 34.6), road("红凌路", 11.8, 31.5),
            road("思贤街", 5.8, 36.1), road("集贤街", 13.1, 36.9), place("数码广场", 6.3, 30.2),
            place("大连软件园", 3.1, 25.7), place("东软信息学院", 1.4, 37.2), place("软件园公交枢纽", 8.8, 21.6),
            building("亿达软件园1号楼", 4.1, 27.3), building("华信大厦", 7.5, 33.8), building("腾飞软件园", 12.6, 38.4),
            building("软件园地区管理办公室", 10.2, 26.9), building("红凌社区服务中心", 12.1, 22.8),
            // 龙王塘街道 (south-west)
            road("龙王塘路", 18.3, 6.4), road("旅顺南路", 22.7, 3.1), road("塔河湾路", 25.5, 15.2),
            road("黄泥川路", 16.2, 13.8), place("龙王塘水库", 20.4, 1.5), place("龙王塘樱花园", 19.1, 9.3),
            place("塔河湾渔港", 26.6, 17.4), building("黄泥川村委会", 15.4, 16.7), building("龙王塘街道办事处", 17.6, 4.2),
            building("棠梨沟小区", 23.9, 11.6), building("龙王塘卫生院", 21.3, 7.8),
            // 七贤岭地区 (south-east)
            road("七贤岭路", 16.4, 27.3), road("高新街", 20.8, 34.5), road("火炬路", 24.3, 23.1), road("礼贤街", 18.2, 37.4),
            road("学苑大道", 26.2, 30.8), place("七贤岭公园", 15.3, 31.6), place("高新万达广场", 22.1, 28.7),
            place("火炬广场", 25.7, 21.4), building("七贤岭创业大厦", 17.4, 24.6), building("高新区管委会", 19.6, 30.1),
            building("学苑小区", 27.1, 36.2), building("七贤岭地区管理办公室", 21.5, 38.3),
            building("七贤岭人才公寓", 23.2, 33.4));
}
