package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.NewReport;
import org.urbangrid.channels.Channels;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;

/** Cases for the board's tests, made through the staff API and the web channel as people make them. */
class BoardSeeds {

    /** In the demo inspector's area (凌水街道, its second community). */
    static final String GRID = "210231001002005";
    static final String STREET = "210231001";
    static final String COMMUNITY = "210231001002";

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;

    BoardSeeds(Api api, MockMvcTester mvc, Grids grids) {
        this.api = api;
        this.mvc = mvc;
        this.grids = grids;
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    String position() {
        var point = grids.centroidOf(GRID);
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    long reported(String description) {
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"" + description + "\",\"photoIds\":[\""
                + photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    /** A hotline call with the caller's name and phone (personal data that must never be public). */
    long hotline(String callerName, String callerPhone) {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"市民来电:路边垃圾堆放\",\"ticketNumber\":\"T-" + System.nanoTime()
                + "\",\"callerName\":\"" + callerName + "\",\"callerPhone\":\"" + callerPhone
                + "\",\"reporterContact\":\"" + callerPhone + "\"}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    long dispatched(String description) {
        long id = reported(description);
        ok(move("operator", id, "accept", null));
        ok(move("shiftleader", id, "file", null));
        ok(move("dispatcher", id, "dispatch", null));
        return id;
    }

    void handle(long id) {
        ok(move("handler", id, "report-handled", "{\"comment\":\"已清运完毕\",\"photoIds\":[\"" + photo("handler") + "\"]}"));
    }

    void checkAndClose(long id) {
        ok(move("operator", id, "send-to-check", null));
        ok(move("inspector", id, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}"));
        ok(move("shiftleader", id, "close", null));
    }

    long closed(String description) {
        long id = dispatched(description);
        handle(id);
        checkAndClose(id);
        return id;
    }

    MvcTestResult move(String user, long id, String action, String json) {
        return api.post(user, "/api/cases/{id}/{action}", json, id, action);
    }

    String number(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.number");
    }

    /** A citizen's report through the web channel (not trusted: shown publicly only once an operator saw it). */
    static long citizen(Channels channels, CaseManagement cases, PhotoStore photos, Grids grids, String description,
            int photoCount) {
        var web = channels.web();
        var point = grids.centroidOf(GRID);
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < photoCount; i++) {
            ids.add(photos.store(TestImages.png(), web.accountId()).id());
        }
        return channels.actAs(web, () -> cases.report(new NewReport(CaseSource.PUBLIC, point.latitude(),
                point.longitude(), "E0102-01", description, List.copyOf(ids), null, null), Optional.empty(), false))
                .kase().id();
    }

    static MvcTestResult ok(MvcTestResult result) {
        assertThat(result).as(Api.body(result)).hasStatusOk();
        return result;
    }
}
