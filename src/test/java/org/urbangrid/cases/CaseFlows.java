package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;

/** Walks cases through the HTTP API as the demo accounts do. */
class CaseFlows {

    /** A unit grid in the demo inspector's responsibility area (凌水街道, second community: 环卫 handles its rubbish). */
    static final String INSPECTOR_GRID = "210231001002005";
    static final byte[] PNG = org.urbangrid.attachments.TestImages.png();

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;

    CaseFlows(Api api, MockMvcTester mvc, Grids grids) {
        this.api = api;
        this.mvc = mvc;
        this.grids = grids;
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", PNG))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    String position(String grid) {
        var point = grids.centroidOf(grid);
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    /** An inspector's report of exposed rubbish (暴露垃圾, 4 work hours to handle) in their own area. */
    MvcTestResult inspectorReport(String key) {
        return inspectorReport(key, photo("inspector"));
    }

    /** The same report with a photo uploaded before: a retry sends the very same body. */
    MvcTestResult inspectorReport(String key, String photoId) {
        var body = "{\"source\":\"INSPECTOR\"," + position(INSPECTOR_GRID)
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"路边暴露垃圾一堆\",\"photoIds\":[\"" + photoId + "\"]}";
        return key == null ? api.post("inspector", "/api/cases", body)
                : mvc.post().uri("/api/cases").header("Authorization", "Bearer " + api.token("inspector"))
                        .header("Idempotency-Key", key).contentType("application/json").content(body).exchange();
    }

    /** A citizen's hotline call taken by the operator, class left for filing. */
    long hotlineReport() {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position(INSPECTOR_GRID)
                + ",\"description\":\"市民来电:小区门口垃圾没人清\",\"reporterContact\":\"138****0000\"}");
        assertThat(result).hasStatus(201);
        return id(result);
    }

    long reportedByInspector() {
        var result = inspectorReport(null);
        assertThat(result).hasStatus(201);
        return id(result);
    }

    /** Reported by the inspector, accepted, filed and dispatched to the suggested department (环卫). */
    long dispatched() {
        long id = reportedByInspector();
        ok(move("operator", id, "accept", null));
        ok(move("shiftleader", id, "file", null));
        ok(move("dispatcher", id, "dispatch", null));
        return id;
    }

    long handled() {
        long id = dispatched();
        ok(move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + photo("handler") + "\"]}"));
        return id;
    }

    long inspectorId() {
        return ((Number) Api.read(api.get("inspector", "/api/me"), "$.id")).longValue();
    }

    MvcTestResult move(String user, long id, String action, String json) {
        return api.post(user, "/api/cases/{id}/{action}", json, id, action);
    }

    String status(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.status");
    }

    static MvcTestResult ok(MvcTestResult result) {
        assertThat(result).as(Api.body(result)).hasStatusOk();
        return result;
    }

    static long id(MvcTestResult result) {
        return ((Number) Api.read(result, "$.id")).longValue();
    }
}
