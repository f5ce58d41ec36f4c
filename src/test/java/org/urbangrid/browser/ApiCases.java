package org.urbangrid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;

/**
 * Cases prepared through the JSON API (never through the pages), for screenshots that need cases in every
 * queue, and for any step of a browser flow whose page does not exist yet.
 */
final class ApiCases {

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;

    ApiCases(Api api, MockMvcTester mvc, Grids grids) {
        this.api = api;
        this.mvc = mvc;
        this.grids = grids;
    }

    String photo(String user, String name) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", name + ".png", "image/png", SitePhoto.png(name)))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    /** An inspector's 暴露垃圾 report in {@link BrowserTest#GRID}, with a photo. */
    long inspectorReport(String description) {
        var point = grids.centroidOf(BrowserTest.GRID);
        var body = String.format(Locale.ROOT, "{\"source\":\"INSPECTOR\",\"latitude\":%.7f,\"longitude\":%.7f,"
                + "\"conditionCode\":\"E0102-01\",\"description\":\"%s\",\"photoIds\":[\"%s\"]}",
                point.latitude(), point.longitude(), description, photo("inspector", "before"));
        var result = api.post("inspector", "/api/cases", body);
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    void move(String user, long id, String action, String json) {
        var result = api.post(user, "/api/cases/{id}/{action}", json, id, action);
        assertThat(result).as(action + ": " + Api.body(result)).hasStatusOk();
    }

    long accepted(String description) {
        long id = inspectorReport(description);
        move("operator", id, "accept", null);
        return id;
    }

    long filed(String description) {
        long id = accepted(description);
        move("shiftleader", id, "file", null);
        return id;
    }

    long dispatched(String description) {
        long id = filed(description);
        move("dispatcher", id, "dispatch", null);
        return id;
    }

    long handled(String description) {
        long id = dispatched(description);
        move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + photo("handler", "after") + "\"]}");
        return id;
    }

    MvcTestResult get(String user, String uri, Object... vars) {
        return api.get(user, uri, vars);
    }
}
