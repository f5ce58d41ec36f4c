package org.urbangrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WGS84 ↔ GCJ-02 ↔ BD-09 against published conversion points:
 * <ul>
 * <li>the three city pairs of eviltransform's test suite (github.com/googollee/eviltransform, go/transform_test.go
 * and python/test.py: Shanghai, Shenzhen, Beijing);</li>
 * <li>the results printed in coordtransform's test (github.com/wandergis/coordtransform, test/app.js) for
 * 116.404, 39.915 (天安门).</li>
 * </ul>
 * Forward conversions match to 1e-7° (1 cm). Those suites' GCJ-02 → WGS84 is their one-step approximation (1–2 m off);
 * ours iterates, so it is checked by the round trip to 1e-6° and against theirs within 3e-5° (3 m).
 * eviltransform's two BD-09 points (python/test.py, TESTS_bd) are not used: they disagree with its own formula
 * by 10 to 40 m (they look like the output of Baidu's own converter, which no published formula reproduces).
 */
class CoordinatesTest {

    private static final double FORWARD = 1e-7;
    private static final double APPROXIMATE = 3e-5;

    @ParameterizedTest(name = "{4}")
    @CsvSource({
            "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215, shanghai",
            "22.543847, 113.912316, 22.540796131694766, 113.9171764808363, shenzhen",
            "39.911954, 116.377817, 39.91334545536069, 116.38404722455657, beijing" })
    void wgs84_to_gcj02_matches_eviltransform(double wgsLat, double wgsLng, double gcjLat, double gcjLng, String city) {
        var gcj = Coordinates.wgs84ToGcj02(new LatLng(wgsLat, wgsLng));
        assertThat(gcj.latitude()).isCloseTo(gcjLat, within(FORWARD));
        assertThat(gcj.longitude()).isCloseTo(gcjLng, within(FORWARD));

        var back = Coordinates.gcj02ToWgs84(new LatLng(gcjLat, gcjLng));
        assertThat(back.latitude()).isCloseTo(wgsLat, within(1e-6));
        assertThat(back.longitude()).isCloseTo(wgsLng, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({ "31.1774276, 121.5272106", "22.543847, 113.912316", "39.911954, 116.377817", "38.8874, 121.5182" })
    void bd09_round_trips_to_wgs84(double wgsLat, double wgsLng) {
        var bd = Coordinates.wgs84ToBd09(new LatLng(wgsLat, wgsLng));
        var back = Coordinates.bd09ToWgs84(bd);
        assertThat(back.latitude()).isCloseTo(wgsLat, within(1e-6));
        assertThat(back.longitude()).isCloseTo(wgsLng, within(1e-6));
    }

    @Test
    void tiananmen_matches_coordtransform() {
        var point = new LatLng(39.915, 116.404);
        var gcj = Coordinates.wgs84ToGcj02(point);
        assertThat(gcj.longitude()).isCloseTo(116.41024449916938, within(FORWARD));
        assertThat(gcj.latitude()).isCloseTo(39.91640428150164, within(FORWARD));
        var bd = Coordinates.gcj02ToBd09(point);
        assertThat(bd.longitude()).isCloseTo(116.41036949371029, within(FORWARD));
        assertThat(bd.latitude()).isCloseTo(39.92133699351021, within(FORWARD));
        // coordtransform's BD-09 → GCJ-02 is the closed form; ours refines it, a few decimetres at most
        var closed = Coordinates.bd09ToGcj02Closed(point);
        assertThat(closed.longitude()).isCloseTo(116.39762729119315, within(FORWARD));
        assertThat(closed.latitude()).isCloseTo(39.90865673957631, within(FORWARD));
        var fromBd = Coordinates.bd09ToGcj02(point);
        assertThat(fromBd.longitude()).isCloseTo(116.39762729119315, within(5e-6));
        assertThat(fromBd.latitude()).isCloseTo(39.90865673957631, within(5e-6));
        assertThat(Coordinates.gcj02ToBd09(fromBd).latitude()).isCloseTo(39.915, within(1e-6));
        var wgs = Coordinates.gcj02ToWgs84(point);
        assertThat(wgs.longitude()).isCloseTo(116.39775550083061, within(APPROXIMATE));
        assertThat(wgs.latitude()).isCloseTo(39.91359571849836, within(APPROXIMATE));
    }

    @Test
    void gcj02_inverse_converges_below_a_millionth_of_a_degree_across_the_demo_district() {
        for (double lat = 38.86; lat <= 38.91; lat += 0.005) {
            for (double lng = 121.48; lng <= 121.56; lng += 0.005) {
                var wgs = new LatLng(lat, lng);
                var round = Coordinates.gcj02ToWgs84(Coordinates.wgs84ToGcj02(wgs));
                assertThat(round.latitude()).isCloseTo(lat, within(1e-6));
                assertThat(round.longitude()).isCloseTo(lng, within(1e-6));
            }
        }
    }

    @Test
    void the_offset_in_dalian_is_a_few_hundred_metres_to_the_east() {
        var wgs = new LatLng(38.8874, 121.5182);
        var gcj = Coordinates.wgs84ToGcj02(wgs);
        double metresEast = (gcj.longitude() - wgs.longitude()) * 111_320 * Math.cos(Math.toRadians(38.89));
        assertThat(metresEast).isBetween(300.0, 700.0);
        assertThat(Coordinates.wgs84ToBd09(wgs).latitude()).isGreaterThan(gcj.latitude());
    }

    @Test
    void outside_china_there_is_no_offset() {
        for (var place : new LatLng[] { new LatLng(51.5007, -0.1246), new LatLng(35.6586, 139.7454), new LatLng(-33.86, 151.21) }) {
            assertThat(Coordinates.outsideChina(place.latitude(), place.longitude())).isTrue();
            assertThat(Coordinates.wgs84ToGcj02(place)).isEqualTo(place);
            assertThat(Coordinates.gcj02ToWgs84(place)).isEqualTo(place);
        }
        assertThat(Coordinates.outsideChina(38.89, 121.52)).isFalse();
    }
}
