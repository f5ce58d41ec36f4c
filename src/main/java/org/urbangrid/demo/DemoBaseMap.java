package org.urbangrid.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo district's base map (演示底图) as GeoJSON in the base map's own properties: roads named after the real
 * ones of 大连高新区 laid on the demo lattice (trunk 黄浦路, 七贤岭路, 软件园路 …), the sea to the south with a
 * wavy coast, 凌水河 and 龙王塘水库, parks, building blocks filling the land between them and place labels.
 * Synthetic and deterministic: positions are in lattice cells from the district's north-west corner, the
 * irregular parts come from one seeded {@link Random}, so every load gives the same map.
 */
final class DemoBaseMap {

    static final long SEED = 210231L;

    /** The area drawn: the district and a margin of lattice cells around it (the sea below). */
    static final int TOP = -8, BOTTOM = 34, LEFT = -10, RIGHT = 50;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A road from lattice point to lattice point: rank 1 trunk, 2 main, 3 branch. */
    record Road(String name, String nameEn, int rank, double[]... points) {}

    static final List<Road> ROADS = List.of(
            new Road("黄浦路", "Huangpu Rd", 1, p(3.5, LEFT), p(3.2, 10), p(3.5, 20), p(3.9, 32), p(3.6, RIGHT)),
            new Road("旅顺南路", "Lüshun South Rd", 1, p(22.7, LEFT), p(22.7, 8.7), p(22.4, 20)),
            new Road("七贤岭路", "Qixianling Rd", 1, p(16.4, 8.7), p(16.4, 20), p(16.1, 34.5), p(16.4, RIGHT)),
            new Road("软件园路", "Software Park Rd", 1, p(TOP, 28.4), p(3.6, 28.4), p(16.2, 28.4)),
            new Road("凌工路", "Linggong Rd", 2, p(TOP, 8.7), p(3.3, 8.7), p(16.4, 8.7), p(22.7, 8.7)),
            new Road("凌水路", "Lingshui Rd", 2, p(6.8, -4), p(6.8, 8.7), p(6.8, 24.1)),
            new Road("数码路", "Shuma Rd", 2, p(3.5, 24.1), p(16.3, 24.1)),
            new Road("红凌路", "Hongling Rd", 2, p(11.8, 20), p(11.8, 28.4), p(11.8, 44)),
            new Road("龙王塘路", "Longwangtang Rd", 2, p(18.3, -6), p(18.3, 8.7)),
            new Road("黄泥川路", "Huangnichuan Rd", 2, p(16.4, 13.8), p(22.6, 13.8), p(29.0, 13.8)),
            new Road("高新街", "Gaoxin St", 2, p(16.2, 34.5), p(28.6, 34.5)),
            new Road("火炬路", "Huoju Rd", 2, p(24.3, 20), p(24.3, 34.5), p(24.3, 46)),
            new Road("学苑大道", "Xueyuan Ave", 2, p(22.4, 20), p(28.6, 20.0)),
            new Road("河口路", "Hekou Rd", 3, p(12.6, -3), p(12.6, 8.7)),
            new Road("小平岛路", "Xiaopingdao Rd", 3, p(TOP, 16.5), p(3.4, 16.5)),
            new Road("东软路", "Dongruan Rd", 3, p(-4, 33.0), p(3.8, 33.0), p(11.8, 33.0)),
            new Road("思贤街", "Sixian St", 3, p(8.0, 28.4), p(8.0, 44)),
            new Road("集贤街", "Jixian St", 3, p(11.8, 38.0), p(16.2, 38.0)),
            new Road("礼贤街", "Lixian St", 3, p(20.5, 34.5), p(20.5, 46)),
            new Road("塔河湾路", "Tahewan Rd", 3, p(25.5, 2.0), p(25.5, 13.8)),
            new Road("凌云街", "Lingyun St", 3, p(9.8, 8.7), p(9.8, 24.1)),
            new Road("棠梨街", "Tangli St", 3, p(20.2, 8.7), p(20.2, 13.8)));

    /** A label: what it is (rank 1 landmark .. 3 minor) at a lattice point. */
    record Label(String name, String nameEn, int rank, double row, double col) {}

    static final List<Label> PLACES = List.of(
            new Label("大连理工大学", "Dalian University of Technology", 1, 5.2, 12.0),
            new Label("大连理工大学西门", "DUT West Gate", 3, 6.1, 9.4),
            new Label("凌水桥", "Lingshui Bridge", 3, 8.4, 1.1),
            new Label("凌水农贸市场", "Lingshui Farmers Market", 3, 2.6, 4.0),
            new Label("凌水中学", "Lingshui Middle School", 2, 10.9, 3.2),
            new Label("黄浦路站", "Huangpu Rd Station", 2, 3.0, 8.2),
            new Label("数码广场", "Shuma Square", 2, 6.3, 30.2),
            new Label("大连软件园", "Dalian Software Park", 1, 2.1, 25.7),
            new Label("东软信息学院", "Neusoft Institute", 2, 1.4, 37.2),
            new Label("软件园公交枢纽", "Software Park Bus Hub", 3, 9.0, 21.6),
            new Label("软件园站", "Software Park Station", 2, 4.2, 27.7),
            new Label("软件园小学", "Software Park Primary School", 2, 10.4, 35.6),
            new Label("塔河湾渔港", "Tahewan Fishing Port", 2, 27.2, 17.0),
            new Label("龙王塘卫生院", "Longwangtang Health Centre", 2, 21.3, 6.8),
            new Label("龙王塘站", "Longwangtang Station", 2, 18.8, 8.0),
            new Label("高新万达广场", "Gaoxin Wanda Plaza", 1, 22.1, 28.7),
            new Label("火炬广场", "Huoju Square", 3, 25.7, 22.4),
            new Label("七贤岭站", "Qixianling Station", 2, 15.8, 27.6),
            new Label("高新区人民医院", "Gaoxin People's Hospital", 1, 18.6, 31.4),
            new Label("七贤岭小学", "Qixianling Primary School", 2, 21.4, 41.2),
            new Label("学苑广场站", "Xueyuan Square Station", 2, 23.7, 20.6),
            new Label("高新区管委会", "Gaoxin Zone Administration", 1, 19.6, 25.5));

    /** A named building or compound (a block with a name). */
    static final List<Label> BUILDINGS = List.of(
            new Label("大连理工大学图书馆", "DUT Library", 3, 4.6, 13.6),
            new Label("凌水家园", "Lingshui Jiayuan", 3, 11.2, 5.6),
            new Label("金家街小区", "Jinjiajie Estate", 3, 13.6, 16.0),
            new Label("凌水街道办事处", "Lingshui Subdistrict Office", 3, 8.6, 11.0),
            new Label("亿达软件园1号楼", "Yida Software Park Building 1", 3, 5.0, 26.2),
            new Label("华信大厦", "Huaxin Tower", 3, 7.0, 35.4),
            new Label("腾飞软件园", "Tengfei Software Park", 3, 13.6, 40.4),
            new Label("软件园地区管理办公室", "Software Park Area Office", 3, 9.8, 26.2),
            new Label("红凌社区服务中心", "Hongling Community Centre", 3, 12.9, 22.2),
            new Label("黄泥川村委会", "Huangnichuan Village Committee", 3, 15.2, 16.2),
            new Label("龙王塘街道办事处", "Longwangtang Subdistrict Office", 3, 17.3, 4.4),
            new Label("棠梨沟小区", "Tangligou Estate", 3, 23.9, 11.2),
            new Label("七贤岭创业大厦", "Qixianling Venture Tower", 3, 17.6, 22.2),
            new Label("学苑小区", "Xueyuan Estate", 3, 26.6, 37.2),
            new Label("七贤岭地区管理办公室", "Qixianling Area Office", 3, 22.4, 38.4),
            new Label("七贤岭人才公寓", "Qixianling Talent Apartments", 3, 22.8, 31.6));

    /** A park: its name and lattice rectangle (top, left, bottom, right). */
    record Park(String name, String nameEn, int rank, double top, double left, double bottom, double right) {}

    static final List<Park> PARKS = List.of(
            new Park("七贤岭公园", "Qixianling Park", 1, 12.4, 29.4, 15.6, 32.6),
            new Park("河口湾公园", "Hekouwan Park", 2, 13.4, -2.6, 16.0, 2.6),
            new Park("小平岛公园", "Xiaopingdao Park", 2, -3.0, 17.4, 2.6, 21.0),
            new Park("龙王塘樱花园", "Longwangtang Cherry Garden", 1, 18.8, 10.0, 21.6, 13.2),
            new Park("软件园中心绿地", "Software Park Green", 3, 4.6, 29.2, 7.2, 31.2),
            new Park("滨海绿道", "Coastal Greenway", 2, 28.8, LEFT, 29.6, RIGHT),
            new Park("英歌石山林", "Yinggeshi Hills", 1, TOP, LEFT, -3.6, 6.0),
            new Park("东山林地", "Dongshan Woods", 2, TOP, 38.0, -4.4, RIGHT));

    private DemoBaseMap() {}

    static double[] p(double row, double col) {
        return new double[] { row, col };
    }

    static String geoJson() {
        var random = new Random(SEED);
        var collection = NODES.objectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        var taken = new Quadtree();
        water(random, features, taken);
        for (var park : PARKS) {
            var shape = rect(park.top(), park.left(), park.bottom(), park.right());
            features.add(feature("green", park.name(), park.nameEn(), park.rank(), shape));
            taken.insert(shape.getEnvelopeInternal(), shape);
        }
        var roads = new ArrayList<Geometry>();
        for (var road : ROADS) {
            var line = line(road.points());
            features.add(feature("road", road.name(), road.nameEn(), road.rank(), line));
            var buffer = line.buffer(0.25 * DemoDistrict.CELL_LAT);
            roads.add(buffer);
            taken.insert(buffer.getEnvelopeInternal(), buffer);
        }
        for (var building : BUILDINGS) {
            var block = named(building, taken);
            features.add(feature("block", building.name(), building.nameEn(), building.rank(), block));
            taken.insert(block.getEnvelopeInternal(), block);
        }
        blocks(random, features, taken);
        for (var place : PLACES) {
            features.add(feature("place", place.name(), place.nameEn(), place.rank(),
                    GEOMETRY.createPoint(at(place.row(), place.col()))));
        }
        return collection.toString();
    }

    /** The sea below a coast that wanders with the seed, 凌水河 running down to it, 龙王塘水库 in the hills. */
    private static void water(Random random, ArrayNode features, Quadtree taken) {
        var coast = new ArrayList<Coordinate>();
        for (double col = LEFT; col <= RIGHT; col += 2) {
            coast.add(at(30.2 + 1.2 * Math.sin(col / 5.0) + random.nextDouble() * 0.6, col));
        }
        var ring = new ArrayList<Coordinate>(coast);
        ring.add(at(BOTTOM + 6, RIGHT));
        ring.add(at(BOTTOM + 6, LEFT));
        ring.add(coast.get(0));
        var sea = GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
        features.add(feature("water", "黄海", "Yellow Sea", 1, sea));
        taken.insert(sea.getEnvelopeInternal(), sea);

        var river = new ArrayList<double[]>();
        for (double row = TOP; row <= 30.5; row += 2.5) {
            river.add(p(row, 0.6 + 0.5 * Math.sin(row / 3.0) + random.nextDouble() * 0.3));
        }
        var line = line(river.toArray(double[][]::new));
        features.add(feature("water", "凌水河", "Lingshui River", 2, line));
        var banks = line.buffer(0.3 * DemoDistrict.CELL_LAT);
        taken.insert(banks.getEnvelopeInternal(), banks);

        var lake = new ArrayList<Coordinate>();
        for (int i = 0; i < 16; i++) {
            double angle = 2 * Math.PI * i / 16;
            double r = 1.0 + 0.25 * random.nextDouble();
            lake.add(at(20.4 + 1.3 * r * Math.sin(angle), 3.4 + 1.6 * r * Math.cos(angle)));
        }
        lake.add(lake.get(0));
        var reservoir = GEOMETRY.createPolygon(lake.toArray(Coordinate[]::new));
        features.add(feature("water", "龙王塘水库", "Longwangtang Reservoir", 2, reservoir));
        taken.insert(reservoir.getEnvelopeInternal(), reservoir);
    }

    /** A named block around its point, moved a little where a road or park is in the way. */
    private static Polygon named(Label building, Quadtree taken) {
        double[][] moves = { { 0, 0 }, { 0.5, 0 }, { -0.5, 0 }, { 0, 0.5 }, { 0, -0.5 }, { 0.5, 0.5 }, { -0.5, -0.5 },
                { 0.5, -0.5 }, { -0.5, 0.5 } };
        for (var move : moves) {
            double row = building.row() + move[0], col = building.col() + move[1];
            var block = rect(row - 0.4, col - 0.5, row + 0.4, col + 0.5);
            if (free(block, taken)) {
                return block;
            }
        }
        return rect(building.row() - 0.2, building.col() - 0.25, building.row() + 0.2, building.col() + 0.25);
    }

    /**
     * Unnamed blocks on a jittered lattice wherever the land is free: dense in the district, sparse in the hills
     * and villages around it.
     */
    private static void blocks(Random random, ArrayNode features, Quadtree taken) {
        for (double row = TOP + 0.3; row < 30; row += 1.25) {
            for (double col = LEFT + 0.3; col < RIGHT - 1; col += 1.4) {
                double top = row + 0.15 * random.nextDouble(), left = col + 0.2 * random.nextDouble();
                double height = 0.55 + 0.4 * random.nextDouble();
                double width = 0.55 + 0.55 * random.nextDouble();
                var block = rect(top, left, top + height, left + width);
                boolean inDistrict = row >= 0 && row < DemoDistrict.ROWS && col >= 0 && col < DemoDistrict.COLS;
                if (random.nextDouble() < (inDistrict ? 0.1 : 0.55) || !free(block, taken)) {
                    continue;
                }
                features.add(feature("block", null, null, 3, block));
                taken.insert(block.getEnvelopeInternal(), block);
            }
        }
    }

    private static boolean free(Geometry block, Quadtree taken) {
        for (var other : taken.query(block.getEnvelopeInternal())) {
            if (((Geometry) other).intersects(block)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode feature(String kind, String name, String nameEn, int rank, Geometry geometry) {
        var feature = NODES.objectNode().put("type", "Feature");
        var properties = feature.putObject("properties").put("kind", kind).put("rank", rank);
        if (name != null) {
            properties.put("name", name).put("nameEn", nameEn);
        }
        var node = feature.putObject("geometry").put("type", geometry.getGeometryType());
        var coordinates = node.putArray("coordinates");
        if (geometry instanceof Polygon polygon) {
            positions(coordinates.addArray(), polygon.getExteriorRing());
        } else if (geometry instanceof LineString line) {
            positions(coordinates, line);
        } else {
            var c = geometry.getCoordinate();
            node.putArray("coordinates").add(c.x).add(c.y);
        }
        return feature;
    }

    private static void positions(ArrayNode target, LineString line) {
        for (var c : line.getCoordinates()) {
            target.addArray().add(c.x).add(c.y);
        }
    }

    private static LineString line(double[]... points) {
        var coordinates = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            coordinates[i] = at(points[i][0], points[i][1]);
        }
        return GEOMETRY.createLineString(coordinates);
    }

    private static Polygon rect(double top, double left, double bottom, double right) {
        var box = new Envelope(at(top, left), at(bottom, right));
        return (Polygon) GEOMETRY.toGeometry(box);
    }

    /** A lattice point (rows down from the north edge, columns east from the west edge) in WGS84, 7 decimals. */
    static Coordinate at(double row, double col) {
        return new Coordinate(Math.round((DemoDistrict.WEST + col * DemoDistrict.CELL_LNG) * 1e7) / 1e7,
                Math.round((DemoDistrict.NORTH - row * DemoDistrict.CELL_LAT) * 1e7) / 1e7);
    }
}
