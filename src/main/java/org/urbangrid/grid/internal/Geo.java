package org.urbangrid.grid.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.urbangrid.platform.UrbanGridException;

/**
 * Geometry in WGS84 degrees (x = longitude, y = latitude) and the few metric conversions the module needs.
 * Areas and distances use a local equirectangular approximation, exact enough for a city.
 */
public final class Geo {

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    static final double EARTH_RADIUS = 6_371_008.8;
    static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS / 180;

    private Geo() {}

    public static Point point(double latitude, double longitude) {
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }

    /** Refuses positions that are not a latitude/longitude pair (400 {@code error.grid.bad-position}). */
    public static void requireValidPosition(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw UrbanGridException.invalid("error.grid.bad-position", String.valueOf(latitude), String.valueOf(longitude));
        }
    }

    public static double areaSquareMetres(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return 0;
        }
        double cos = Math.cos(Math.toRadians(geometry.getEnvelopeInternal().centre().y));
        return geometry.getArea() * METRES_PER_DEGREE * METRES_PER_DEGREE * cos;
    }

    /** Great-circle distance (haversine) in metres. */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static String toWkt(Geometry geometry) {
        return new WKTWriter().write(geometry);
    }

    public static Geometry fromWkt(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("stored grid geometry is not WKT: " + e.getMessage(), e);
        }
    }
}
