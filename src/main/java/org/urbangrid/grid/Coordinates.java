package org.urbangrid.grid;

/**
 * 坐标转换: conversions between WGS84 (GPS, CGCS2000 to within centimetres; how positions are stored), GCJ-02
 * (国测局坐标 / "Mars" coordinates: 高德, 腾讯 and most Chinese base maps) and BD-09 (百度). The GCJ-02 offset is the
 * published obfuscation formula as implemented by eviltransform / coordtransform; outside the rectangle around
 * China those libraries use, GCJ-02 equals WGS84. GCJ-02 → WGS84 has no closed form and is solved by iteration
 * to better than 1e-7° (about 1 cm). Pure functions: no state, no I/O.
 */
public final class Coordinates {

    /** Krasovsky 1940 semi-major axis and eccentricity squared, as the GCJ-02 formula uses them. */
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double BD_FACTOR = Math.PI * 3000.0 / 180.0;
    private static final double PRECISION = 1e-7;

    private Coordinates() {}

    /** Whether a position lies outside the rectangle where GCJ-02 differs from WGS84. */
    public static boolean outsideChina(double latitude, double longitude) {
        return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
    }

    public static LatLng wgs84ToGcj02(LatLng wgs) {
        if (outsideChina(wgs.latitude(), wgs.longitude())) {
            return wgs;
        }
        var d = offset(wgs.latitude(), wgs.longitude());
        return new LatLng(wgs.latitude() + d[0], wgs.longitude() + d[1]);
    }

    /** The WGS84 position whose GCJ-02 is the given one, by fixed-point iteration (converges in a few steps). */
    public static LatLng gcj02ToWgs84(LatLng gcj) {
        if (outsideChina(gcj.latitude(), gcj.longitude())) {
            return gcj;
        }
        double lat = gcj.latitude(), lng = gcj.longitude();
        for (int i = 0; i < 30; i++) {
            var forward = wgs84ToGcj02(new LatLng(lat, lng));
            double dLat = gcj.latitude() - forward.latitude();
            double dLng = gcj.longitude() - forward.longitude();
            lat += dLat;
            lng += dLng;
            if (Math.abs(dLat) < PRECISION && Math.abs(dLng) < PRECISION) {
                break;
            }
        }
        return new LatLng(lat, lng);
    }

    /** 百度 BD-09 from GCJ-02 (the formula Baidu published for its own offset on top of GCJ-02). */
    public static LatLng gcj02ToBd09(LatLng gcj) {
        double x = gcj.longitude(), y = gcj.latitude();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * BD_FACTOR);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * BD_FACTOR);
        return new LatLng(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    /**
     * GCJ-02 from 百度 BD-09: the usual closed-form inverse (what coordtransform and eviltransform return, off by up
     * to a few decimetres), then refined by iteration until {@link #gcj02ToBd09} gives the position back.
     */
    public static LatLng bd09ToGcj02(LatLng bd) {
        var gcj = bd09ToGcj02Closed(bd);
        for (int i = 0; i < 10; i++) {
            var forward = gcj02ToBd09(gcj);
            double dLat = bd.latitude() - forward.latitude(), dLng = bd.longitude() - forward.longitude();
            if (Math.abs(dLat) < PRECISION && Math.abs(dLng) < PRECISION) {
                break;
            }
            gcj = new LatLng(gcj.latitude() + dLat, gcj.longitude() + dLng);
        }
        return gcj;
    }

    static LatLng bd09ToGcj02Closed(LatLng bd) {
        double x = bd.longitude() - 0.0065, y = bd.latitude() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_FACTOR);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_FACTOR);
        return new LatLng(z * Math.sin(theta), z * Math.cos(theta));
    }

    public static LatLng wgs84ToBd09(LatLng wgs) {
        return gcj02ToBd09(wgs84ToGcj02(wgs));
    }

    public static LatLng bd09ToWgs84(LatLng bd) {
        return gcj02ToWgs84(bd09ToGcj02(bd));
    }

    /** The GCJ-02 offset in degrees (latitude, longitude) at a WGS84 position inside China. */
    private static double[] offset(double lat, double lng) {
        double x = lng - 105.0, y = lat - 35.0;
        double radLat = Math.toRadians(lat);
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        double dLat = latitudeShift(x, y) * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        double dLng = longitudeShift(x, y) * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] { dLat, dLng };
    }

    private static double latitudeShift(double x, double y) {
        double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return shift;
    }

    private static double longitudeShift(double x, double y) {
        double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return shift;
    }
}
