package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.urbangrid.grid.NewPlace;
import org.urbangrid.grid.PlaceKind;

/**
 * The gazetteer entries a base map gives (one source for both): each named road as points every
 * {@value #ROAD_STEP_METRES} m along it (its middle point first, which search shows), each place label, each
 * named park or water at a point inside it, each named block as a building.
 */
final class BaseMapGazetteer {

    static final double ROAD_STEP_METRES = 150;

    private BaseMapGazetteer() {}

    static List<NewPlace> entries(List<BaseFeature> features) {
        var entries = new ArrayList<NewPlace>();
        for (var f : features) {
            var name = f.name() != null ? f.name() : f.nameEn();
            if (name == null) {
                continue;
            }
            switch (f.kind()) {
                case ROAD -> {
                    for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                        along((LineString) f.geometry().getGeometryN(i), name, entries);
                    }
                }
                case PLACE -> entries.add(at(name, PlaceKind.PLACE, f.geometry().getCoordinate()));
                case GREEN, WATER -> entries.add(at(name, PlaceKind.PLACE, f.geometry().getInteriorPoint().getCoordinate()));
                case BLOCK -> entries.add(at(name, PlaceKind.BUILDING, f.geometry().getInteriorPoint().getCoordinate()));
            }
        }
        return entries;
    }

    private static void along(LineString line, String name, List<NewPlace> entries) {
        var points = new ArrayList<Coordinate>();
        var c = line.getCoordinates();
        points.add(c[0]);
        double carried = 0;
        for (int i = 1; i < c.length; i++) {
            double length = Geo.distanceMetres(c[i - 1].y, c[i - 1].x, c[i].y, c[i].x);
            double at = ROAD_STEP_METRES - carried;
            while (at < length) {
                double t = at / length;
                points.add(new Coordinate(c[i - 1].x + t * (c[i].x - c[i - 1].x), c[i - 1].y + t * (c[i].y - c[i - 1].y)));
                at += ROAD_STEP_METRES;
            }
            carried = length - (at - ROAD_STEP_METRES);
        }
        if (carried > ROAD_STEP_METRES / 3 || points.size() == 1) {
            points.add(c[c.length - 1]);
        }
        var middle = points.remove(points.size() / 2);
        entries.add(at(name, PlaceKind.ROAD, middle));
        points.forEach(point -> entries.add(at(name, PlaceKind.ROAD, point)));
    }

    private static NewPlace at(String name, PlaceKind kind, Coordinate c) {
        var trimmed = name.trim();
        return new NewPlace(trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed, kind,
                BaseMapGeoJson.round(c.y), BaseMapGeoJson.round(c.x));
    }
}
