package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;

/** Brings demo cases to the demo inspector's phone through the JSON API, as the desk roles would. */
class MobileFixtures {

    /** In the demo inspector's area (凌水街道, second community); 环卫 handles its rubbish. */
    static final String OWN_GRID = "210231001002005";
    static final byte[] PNG = org.urbangrid.attachments.TestImages.png();

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;
    private final Organization organization;

    MobileFixtures(Api api, MockMvcTester mvc, Grids grids, Organization organization) {
        this.api = api;
        this.mvc = mvc;
        this.grids = grids;
        this.organization = organization;
    }

    long inspectorId() {
        return organization.staffByUsername("inspector").orElseThrow().id();
    }

    LatLng own() {
        return grids.centroidOf(OWN_GRID);
    }

    /** A unit grid of another street (龙王塘街道), outside the demo inspector's area. */
    LatLng elsewhere() {
        var community = grids.children("210231002").get(0).code();
        return grids.centroidOf(grids.children(community).get(0).code());
    }

    /** A hotline call sent to the demo inspector to verify (核实中). */
    long verifyTask() {
        var point = own();
        var reported = ok(api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position(point)
                + ",\"description\":\"市民来电:路口垃圾堆放\",\"reporterContact\":\"138****0000\"}"), 201);
        long id = id(reported);
        ok(move("operator", id, "send-to-verify", "{\"inspectorId\":" + inspectorId() + "}"), 200);
        return id;
    }

    /** The inspector's own report, filed, dispatched to 环卫, handled, and sent back to the inspector to check. */
    long checkTask() {
        var body = "{\"source\":\"INSPECTOR\"," + position(own()) + ",\"conditionCode\":\"E0102-01\","
                + "\"description\":\"路边暴露垃圾\",\"photoIds\":[\"" + photo("inspector") + "\"]}";
        long id = id(ok(api.post("inspector", "/api/cases", body), 201));
        ok(move("operator", id, "accept", null), 200);
        ok(move("shiftleader", id, "file", null), 200);
        ok(move("dispatcher", id, "dispatch", null), 200);
        ok(move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + photo("handler") + "\"]}"), 200);
        ok(move("operator", id, "send-to-check", "{\"inspectorId\":" + inspectorId() + "}"), 200);
        return id;
    }

    String status(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.status");
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", PNG))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        return Api.read(ok(result, 201), "$.id");
    }

    private MvcTestResult move(String user, long id, String action, String json) {
        return api.post(user, "/api/cases/{id}/{action}", json, id, action);
    }

    static String position(LatLng point) {
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    static MvcTestResult ok(MvcTestResult result, int status) {
        assertThat(result).as(Api.body(result)).hasStatus(status);
        return result;
    }

    static long id(MvcTestResult result) {
        return ((Number) Api.read(result, "$.id")).longValue();
    }
}
