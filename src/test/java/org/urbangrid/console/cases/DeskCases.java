package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;

/** Puts cases where the desk tests need them, through the HTTP API as the demo accounts would. */
class DeskCases {

    /** In the demo inspector's area; 暴露垃圾 there is routed to 环卫 (the demo handler). */
    static final String GRID = "210231001002005";
    static final byte[] PNG = org.urbangrid.attachments.TestImages.png();

    private final Api api;
    private final MockMvcTester mvc;
    private final Grids grids;

    DeskCases(Api api, MockMvcTester mvc, Grids grids) {
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

    String position() {
        var point = grids.centroidOf(GRID);
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    /** An inspector's own report: status REPORTED, the operator may accept it. */
    Reported reported() {
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + position()
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"路边暴露垃圾一堆\",\"photoIds\":[\"" + photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return new Reported(((Number) Api.read(result, "$.id")).longValue(), Api.read(result, "$.number"));
    }

    Reported pendingFiling() {
        var c = reported();
        move("operator", c, "accept", null);
        return c;
    }

    Reported pendingDispatch() {
        var c = pendingFiling();
        move("shiftleader", c, "file", null);
        return c;
    }

    Reported dispatched() {
        var c = pendingDispatch();
        move("dispatcher", c, "dispatch", null);
        return c;
    }

    /** A missing manhole cover (C0101-01: made safe within 3 h, fixed within 6 h), dispatched to the handler's department. */
    Reported dispatchedManhole() {
        var result = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + position()
                + ",\"conditionCode\":\"C0101-01\",\"description\":\"上水井盖丢失\",\"photoIds\":[\"" + photo("inspector") + "\"]}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        var c = new Reported(((Number) Api.read(result, "$.id")).longValue(), Api.read(result, "$.number"));
        move("operator", c, "accept", null);
        move("shiftleader", c, "file", null);
        var department = ((Number) Api.read(api.get("handler", "/api/me"), "$.departmentId")).longValue();
        move("dispatcher", c, "dispatch", "{\"departmentId\":" + department + "}");
        return c;
    }

    void move(String user, Reported c, String action, String json) {
        MvcTestResult result = api.post(user, "/api/cases/{id}/{action}", json, c.id(), action);
        assertThat(result).as(Api.body(result)).hasStatusOk();
    }

    String status(Reported c) {
        return Api.read(api.get("leader", "/api/cases/{id}", c.id()), "$.status");
    }

    record Reported(long id, String number) {}
}
