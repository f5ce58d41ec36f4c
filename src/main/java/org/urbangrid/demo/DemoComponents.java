package org.urbangrid.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.urbangrid.catalog.Components;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;

/**
 * Demo component register (演示部件库): 3,000 components of the common classes spread over the demo district's
 * unit grids, each owned by its utility or bureau (井盖 by the utility whose pipes they cover), imported as one
 * CSV file through {@link Components#importCsv(String)} so the demo goes through the same import path as a city.
 */
@Component
public class DemoComponents {

    public static final int COUNT = 3_000;
    private static final long SEED = 20_261_126L;
    private static final String COUNTY = "210231";
    private static final String STREET_OFFICE = "street";
    private static final Map<String, String> STREET_OFFICES = Map.of("210231001", "JD-LS", "210231002", "JD-LWT",
            "210231003", "JD-RJY", "210231004", "JD-QXL");

    /** A class of the demo set: its owner (权属单位) by department code, weight in the mix, material. */
    record Kind(String classCode, String owner, int weight, String material) {}

    static final List<Kind> KINDS = List.of(
            new Kind("C0101", "GS", 230, "球墨铸铁"), new Kind("C0127", "GS", 30, "球墨铸铁"),
            new Kind("C0102", "SWJ", 230, "球墨铸铁"), new Kind("C0103", "SWJ", 230, "球墨铸铁"),
            new Kind("C0104", "SWJ", 180, "球墨铸铁"), new Kind("C0105", "DL", 140, "球墨铸铁"),
            new Kind("C0106", "CGJ", 70, "球墨铸铁"), new Kind("C0107", "TX", 110, "复合材料"),
            new Kind("C0108", "TX", 40, "复合材料"), new Kind("C0109", "TX", 40, "复合材料"),
            new Kind("C0110", "RL", 90, "球墨铸铁"), new Kind("C0111", "RQ", 90, "球墨铸铁"),
            new Kind("C0113", "GAJ", 40, "钢"), new Kind("C0115", "TX", 40, "钢"), new Kind("C0116", "DL", 40, "钢"),
            new Kind("C0118", "CGJ", 330, "钢"), new Kind("C0134", "DL", 30, "钢"), new Kind("C0135", "RQ", 20, "钢"),
            new Kind("C0136", "GAJ", 30, null), new Kind("C0203", "JTJ", 40, "钢"), new Kind("C0209", "JJDD", 110, "铝"),
            new Kind("C0210", "JJDD", 40, null), new Kind("C0211", "JJDD", 60, "钢"), new Kind("C0213", "CGJ", 60, "铝"),
            new Kind("C0301", "HW", 30, null), new Kind("C0305", "HW", 300, "不锈钢"),
            new Kind("C0402", "SZYL", 280, null), new Kind("C0405", "SZYL", 60, null),
            new Kind("C0407", "SZYL", 40, "木"), new Kind("C0501", STREET_OFFICE, 40, "钢"));

    private final Grids grids;
    private final Components components;

    DemoComponents(Grids grids, Components components) {
        this.grids = grids;
        this.components = components;
    }

    public void load() {
        components.importCsv(csv());
    }

    /** The demo set as one CSV file, the same on every run (fixed seed). */
    String csv() {
        var random = new Random(SEED);
        var units = grids.ofLevel(GridLevel.UNIT).stream().map(Grid::code).filter(code -> code.startsWith(COUNTY))
                .sorted().toList();
        var shapes = new HashMap<String, Geometry>();
        var serials = new HashMap<String, Integer>();
        var csv = new StringBuilder("code,classCode,name,lat,lng,ownerDept,maintainerDept,state,material,surveyDate,source\n");
        int totalWeight = KINDS.stream().mapToInt(Kind::weight).sum();
        for (int i = 0; i < COUNT; i++) {
            var kind = pick(random.nextInt(totalWeight));
            var unit = units.get(random.nextInt(units.size()));
            var at = pointIn(unit, shapes, random);
            int serial = serials.merge(kind.classCode(), 1, Integer::sum);
            var owner = STREET_OFFICE.equals(kind.owner()) ? STREET_OFFICES.get(unit.substring(0, 9)) : kind.owner();
            csv.append(String.join(",", COUNTY + kind.classCode().substring(1) + "%06d".formatted(serial),
                    kind.classCode(), "", decimal(at.latitude()), decimal(at.longitude()), owner,
                    owner, state(random), kind.material() == null ? "" : kind.material(),
                    LocalDate.of(2026, 3, 1).plusDays(random.nextInt(61)).toString(), "演示普查")).append('\n');
        }
        return csv.toString();
    }

    private static Kind pick(int ticket) {
        for (var kind : KINDS) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** A random point well inside the unit grid (the inner 80% of its bounds), else a point known inside. */
    private LatLng pointIn(String unit, Map<String, Geometry> shapes, Random random) {
        var shape = shapes.computeIfAbsent(unit, u -> grids.geometryOf(u).orElseThrow());
        var envelope = shape.getEnvelopeInternal();
        double lat = envelope.getMinY() + envelope.getHeight() * (0.1 + 0.8 * random.nextDouble());
        double lng = envelope.getMinX() + envelope.getWidth() * (0.1 + 0.8 * random.nextDouble());
        var point = shape.getFactory().createPoint(new Coordinate(lng, lat));
        return shape.contains(point) ? new LatLng(lat, lng) : grids.centroidOf(unit);
    }

    private static String decimal(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static String state(Random random) {
        int roll = random.nextInt(100);
        return roll < 94 ? "INTACT" : roll < 97 ? "DAMAGED" : roll < 99 ? "MISSING" : "OCCUPIED";
    }
}
