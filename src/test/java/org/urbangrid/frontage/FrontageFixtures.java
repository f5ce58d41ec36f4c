package org.urbangrid.frontage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.grid.Shapes;
import org.urbangrid.support.Api;

/**
 * Test frontages on spots no demo frontage covers, in the demo inspector's area (凌水街道's first two communities), and
 * reports made there through the API.
 */
final class FrontageFixtures {

    /** Half the side of a test square, in degrees (about 17 m north–south). */
    static final double HALF = 0.00015;

    private FrontageFixtures() {}

    /** The centre of a unit grid whose square of ±{@link #HALF} lies in no frontage yet; each call a new one. */
    static LatLng freeSpot(Grids grids, FrontageUnits units) {
        for (var community : new String[] {"210231001002", "210231001001"}) {
            for (var grid : grids.children(community)) {
                var c = grids.centroidOf(grid.code());
                double d = HALF * 2;
                if (units.at(c.latitude(), c.longitude()).isEmpty()
                        && units.at(c.latitude() + d, c.longitude() + d).isEmpty()
                        && units.at(c.latitude() - d, c.longitude() - d).isEmpty()
                        && units.at(c.latitude() + d, c.longitude() - d).isEmpty()
                        && units.at(c.latitude() - d, c.longitude() + d).isEmpty()) {
                    return c;
                }
            }
        }
        throw new IllegalStateException("no free spot left");
    }

    /** A square of ±half degrees about the spot. */
    static Geometry square(LatLng at, double half) {
        double x = at.longitude();
        double y = at.latitude();
        return Shapes.fromWkt(String.format(Locale.ROOT, "POLYGON ((%.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f))",
                x - half, y - half, x + half, y - half, x + half, y + half, x - half, y + half, x - half, y - half));
    }

    static String photo(MockMvcTester mvc, Api api, String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    /** An inspector's report of the condition at the position; its case id. */
    static long report(MockMvcTester mvc, Api api, LatLng at, String condition, String description) {
        var body = String.format(Locale.ROOT, "{\"source\":\"INSPECTOR\",\"latitude\":%.7f,\"longitude\":%.7f,"
                + "\"conditionCode\":\"%s\",\"description\":\"%s\",\"photoIds\":[\"%s\"]}", at.latitude(),
                at.longitude(), condition, description, photo(mvc, api, "inspector"));
        var result = api.post("inspector", "/api/cases", body);
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }
}
