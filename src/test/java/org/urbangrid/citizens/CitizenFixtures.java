package org.urbangrid.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.support.Api;

/** A citizen on the public pages (through MockMvc, with proof of work solved) and the staff moving their case. */
public final class CitizenFixtures {

    /** A unit grid the demo inspector covers, where 环卫 handles rubbish. */
    public static final String GRID = "210231001002005";

    /**
     * How far tests that rate move the clock first: into February 2027, so that their ratings leave the months the
     * assessment's own satisfaction tests score (October and November 2026) as those expect them.
     */
    public static final Duration RATING_MONTH = Duration.ofDays(70);

    private final MockMvcTester mvc;
    private final Api api;
    private final Grids grids;
    private final JdbcClient jdbc;
    private int keys;

    public CitizenFixtures(MockMvcTester mvc, Api api, Grids grids, JdbcClient jdbc) {
        this.mvc = mvc;
        this.api = api;
        this.grids = grids;
        this.jdbc = jdbc;
    }

    public LatLng point() {
        return grids.centroidOf(GRID);
    }

    /** A solved proof of work: {challenge, nonce}. */
    public String[] pow() {
        var result = mvc.get().uri("/public/pow/challenge").exchange();
        assertThat(result).hasStatusOk();
        String challenge = Api.read(result, "$.challenge");
        return new String[] {challenge, ProofOfWork.solve(challenge)};
    }

    public String newKey() {
        return "test-key-" + System.nanoTime() + "-" + (keys++);
    }

    /** A report form as the page sends it. */
    public final class Report {
        String problem = "exposed-garbage";
        String latitude;
        String longitude;
        String description = "路边有一堆垃圾 " + System.nanoTime();
        String phone;
        boolean anonymous;
        String key = newKey();
        final List<MockMultipartFile> photos = new ArrayList<>();
        boolean pow = true;

        Report() {
            var p = point();
            latitude = String.format(Locale.ROOT, "%.7f", p.latitude());
            longitude = String.format(Locale.ROOT, "%.7f", p.longitude());
        }

        public Report problem(String code) { problem = code; return this; }
        public Report at(double lat, double lng) {
            latitude = String.format(Locale.ROOT, "%.7f", lat);
            longitude = String.format(Locale.ROOT, "%.7f", lng);
            return this;
        }
        public Report noPosition() { latitude = null; longitude = null; return this; }
        public Report description(String text) { description = text; return this; }
        public Report phone(String number) { phone = number; return this; }
        public Report anonymous() { anonymous = true; return this; }
        public Report key(String k) { key = k; return this; }
        public Report withoutPow() { pow = false; return this; }
        public Report photo(String name, String type, byte[] bytes) {
            photos.add(new MockMultipartFile("photos", name, type, bytes));
            return this;
        }
        public Report jpegs(int count) {
            for (int i = 0; i < count; i++) {
                photo("site" + i + ".jpg", "image/jpeg", TestImages.jpeg());
            }
            return this;
        }

        public MvcTestResult send() {
            var request = mvc.post().uri("/public/report").multipart();
            for (var file : photos) {
                request = request.file(file);
            }
            if (problem != null) request = request.param("problem", problem);
            if (latitude != null) request = request.param("latitude", latitude);
            if (longitude != null) request = request.param("longitude", longitude);
            if (description != null) request = request.param("description", description);
            if (phone != null) request = request.param("phone", phone);
            if (anonymous) request = request.param("anonymous", "on");
            if (key != null) request = request.param("idempotencyKey", key);
            if (pow) {
                var solved = pow();
                request = request.param("powChallenge", solved[0]).param("powNonce", solved[1]);
            }
            return request.exchange();
        }

        /** Sends and answers the tracking code the page redirects to. */
        public String code() {
            return codeOf(send());
        }
    }

    public Report report() {
        return new Report();
    }

    public static String codeOf(MvcTestResult result) {
        assertThat(result).as(Api.body(result)).hasStatus3xxRedirection();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/public/track/");
        return location.substring("/public/track/".length()).replaceAll("\\?.*", "");
    }

    /** A write on a tracking page, with proof of work. */
    public MvcTestResult post(String uri, String... params) {
        var solved = pow();
        var request = mvc.post().uri(uri).param("powChallenge", solved[0]).param("powNonce", solved[1]);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    public long caseOf(String code) {
        return jdbc.sql("select case_id from citizen_report where tracking_code = ?").param(code).query(Long.class).single();
    }

    public String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }

    public void move(String user, long id, String action, String json) {
        var result = api.post(user, "/api/cases/{id}/{action}", json, id, action);
        assertThat(result).as(action + ": " + Api.body(result)).hasStatusOk();
    }

    public String status(long id) {
        return Api.read(api.get("leader", "/api/cases/{id}", id), "$.status");
    }

    /** Verified, filed, dispatched and fixed (with the department's answer and an after photo). */
    public void handled(long id, String answer) {
        move("operator", id, "approve-public", "{\"comment\":\"已查看\"}");
        move("operator", id, "send-to-verify", null);
        move("inspector", id, "verify-true", "{\"comment\":\"属实\",\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", id, "file", null);
        move("dispatcher", id, "dispatch", null);
        move("handler", id, "report-handled", "{\"comment\":\"" + answer + "\",\"photoIds\":[\"" + photo("handler") + "\"]}");
    }

    /** {@link #handled} and then checked and closed. */
    public void closed(long id, String answer) {
        handled(id, answer);
        move("operator", id, "send-to-check", null);
        move("inspector", id, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", id, "close", "{\"comment\":\"已办结\"}");
        assertThat(status(id)).isEqualTo("CLOSED");
    }

    /** Waits (the listeners run after commit, on their own thread) until the condition holds. */
    public static void eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 15 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
