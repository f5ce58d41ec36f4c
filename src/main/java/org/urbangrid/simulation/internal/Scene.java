package org.urbangrid.simulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;

/**
 * Where and what a month's problems are: unit grids (a tenth of them hot spots that keep coming back), filing
 * conditions weighted as a city's cases fall (street cleanliness and street order most often), the period's
 * working and waking hours, and the people of the {@link Cast}.
 */
final class Scene {

    final Cast cast;
    final Timing timing;
    private final Grids grids;
    private final Instant start;
    private final Instant end;
    private final List<String> weightedGrids = new ArrayList<>();
    private final List<FilingCondition> weightedConditions = new ArrayList<>();
    private final Map<String, Geometry> shapes = new HashMap<>();

    Scene(Cast cast, Timing timing, Grids grids, Catalog catalog, Instant start, Instant end, Random random) {
        this.cast = cast;
        this.timing = timing;
        this.grids = grids;
        this.start = start;
        this.end = end;
        for (var grid : cast.unitGrids()) {
            int weight = random.nextDouble() < 0.1 ? 6 : 1;
            for (int i = 0; i < weight; i++) {
                weightedGrids.add(grid);
            }
        }
        for (var kind : catalog.classes(null, null)) {
            if (!kind.active()) {
                continue;
            }
            int weight = weight(kind.code());
            for (var condition : catalog.conditionsOf(kind.code())) {
                if (condition.active() && condition.handlingLimit() != null) {
                    for (int i = 0; i < weight; i++) {
                        weightedConditions.add(condition);
                    }
                }
            }
        }
        if (weightedConditions.isEmpty()) {
            throw UrbanGridException.unprocessable("error.simulation.no-district");
        }
    }

    /** 市容环境 (E01) and 街面秩序 (E05) are most of a city's cases; public facilities (C01) next. */
    private static int weight(String classCode) {
        if (classCode.startsWith("E01")) {
            return 8;
        }
        if (classCode.startsWith("E05")) {
            return 5;
        }
        if (classCode.startsWith("E02") || classCode.startsWith("C01") || classCode.startsWith("E21")) {
            return 2;
        }
        return 1;
    }

    String grid(Random random) {
        return weightedGrids.get(random.nextInt(weightedGrids.size()));
    }

    FilingCondition condition(Random random) {
        return weightedConditions.get(random.nextInt(weightedConditions.size()));
    }

    /** A point well inside the unit grid (never on an edge a neighbour shares): latitude, longitude. */
    double[] pointIn(String grid, Random random) {
        var geometry = shapes.computeIfAbsent(grid, code -> grids.geometryOf(code).orElseThrow());
        var e = geometry.getEnvelopeInternal();
        var box = new double[] { e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX() };
        for (int attempt = 0; attempt < 20; attempt++) {
            double lat = box[0] + (box[2] - box[0]) * (0.2 + 0.6 * random.nextDouble());
            double lng = box[1] + (box[3] - box[1]) * (0.2 + 0.6 * random.nextDouble());
            if (geometry.contains(geometry.getFactory().createPoint(new Coordinate(lng, lat)))) {
                return new double[] { round(lat), round(lng) };
            }
        }
        var centre = grids.centroidOf(grid);
        return new double[] { centre.latitude(), centre.longitude() };
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A moment in the period's working time (inspectors patrol then). */
    Instant workTime(Random random) {
        return timing.inWorkTime(start, end, random.nextDouble() * 0.999);
    }

    /** A moment between 07:00 and 22:00 on any day of the period (citizens call whenever they are awake). */
    Instant anyTime(Random random) {
        long days = Duration.between(start, end).toDays();
        var day = start.plus(Duration.ofDays(random.nextInt((int) Math.max(1, days))));
        return day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(15 * 60)));
    }

    /** A handling department other than {@code not}. */
    Long otherDepartment(Long not, Random random) {
        var others = cast.departments().stream().filter(d -> !d.equals(not)).toList();
        return others.get(random.nextInt(others.size()));
    }
}
