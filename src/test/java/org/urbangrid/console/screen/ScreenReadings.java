package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/** Reads the screen's data as a centre leader and puts cases where the screen tests need them, through the API. */
final class ScreenReadings {

    /** In the demo inspector's area; 暴露垃圾 there is routed to 环卫 (the demo handler). */
    static final String GRID = "210231001002005";

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;

    ScreenReadings(Api api, MockMvcTester mvc, Grids grids) {
        this.api = api;
        this.mvc = mvc;
        this.grids = grids;
    }

    /** The screen's JSON as the leader reads it now. */
    Reading read() {
        var result = mvc.get().uri("/console/screen/data").with(user("leader").roles("LEADER")).exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/json");
        return new Reading(JsonPath.parse(Api.body(result)));
    }

    record Reading(DocumentContext json) {

        long at(String path) {
            return ((Number) json.read(path)).longValue();
        }

        /** The count of a code in one of the parallel lists of {@code byStatus} or {@code bySource}. */
        long of(String block, String list, String code) {
            List<String> codes = json.read("$." + block + ".codes");
            List<Number> counts = json.read("$." + block + "." + list);
            return counts.get(codes.indexOf(code)).longValue();
        }

        /** The last {@code n}-th entry of a trend list (1 = today / this month). */
        long last(String trend, String list, int n) {
            List<Number> counts = json.read("$." + trend + "." + list);
            return counts.get(counts.size() - n).longValue();
        }

        long grid(String map, String code) {
            Map<String, Number> counts = json.read("$." + map);
            return counts.containsKey(code) ? counts.get(code).longValue() : 0;
        }

        List<String> urgentNumbers() {
            return json.read("$.urgent[*].number");
        }
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", org.urbangrid.attachments.TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    private String position() {
        var point = grids.centroidOf(GRID);
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    /** An inspector's 暴露垃圾 report: REPORTED, source INSPECTOR. */
    long inspectorReport() {
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"大屏测试:暴露垃圾\",\"photoIds\":[\"" + photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    /** A citizen's call taken by the operator: REPORTED, source HOTLINE_12345, not yet classified. */
    long hotlineReport() {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"大屏测试:市民来电反映垃圾\"}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    long dispatched() {
        long id = inspectorReport();
        move("operator", id, "accept", null);
        move("shiftleader", id, "file", null);
        move("dispatcher", id, "dispatch", null);
        return id;
    }

    /** Dispatched, handled, checked: waiting for the shift leader to close. */
    long pendingClose() {
        long id = dispatched();
        move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + photo("handler") + "\"]}");
        move("operator", id, "send-to-check", null);
        move("inspector", id, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}");
        return id;
    }

    void move(String user, long id, String action, String json) {
        var result = api.post(user, "/api/cases/{id}/{action}", json, id, action);
        assertThat(result).as(action + ": " + Api.body(result)).hasStatusOk();
    }

    java.time.Instant due(long id) {
        return java.time.Instant.parse(Api.read(api.get("leader", "/api/cases/{id}", id), "$.clock.due"));
    }

    String number(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
    }
}
