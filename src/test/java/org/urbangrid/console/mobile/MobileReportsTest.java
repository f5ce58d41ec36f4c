package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class MobileReportsTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    MobileFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MobileFixtures(api, mvc, grids, organization);
    }

    MockMultipartMvcRequestBuilder report(LatLng at, boolean withPhoto) {
        return report(at, withPhoto, "路边暴露垃圾一堆");
    }

    MockMultipartMvcRequestBuilder report(LatLng at, boolean withPhoto, String description) {
        var request = mvc.post().uri("/m/reports").multipart();
        if (withPhoto) {
            request.file(new MockMultipartFile("photo", "site.png", "image/png", MobileFixtures.PNG));
        }
        request.param("latitude", Double.toString(at.latitude())).param("longitude", Double.toString(at.longitude()))
                .param("conditionCode", "E0102-01").param("description", description)
                .with(MobilePagesTest.INSPECTOR);
        return request;
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void a_report_from_the_phone_creates_a_case_with_its_photo() {
        var result = report(fixtures.own(), true).header("Idempotency-Key", UUID.randomUUID().toString())
                .with(csrf()).exchange();
        assertThat(result).hasStatus(201).hasHeader("Idempotent-Replayed", "false");
        assertThat(result).bodyJson().extractingPath("$.unitGridCode").isEqualTo(MobileFixtures.OWN_GRID);
        assertThat(result).bodyJson().extractingPath("$.number").asString().isNotBlank();
        long id = MobileFixtures.id(result);
        assertThat(fixtures.status(id)).isEqualTo("REPORTED");
        assertThat(Api.<Integer>read(api.get("leader", "/api/cases/{id}", id), "$.history[0].photoIds.length()")).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_twice_creates_one_case_and_answers_with_the_first() {
        var key = UUID.randomUUID().toString();
        var first = report(fixtures.own(), true).header("Idempotency-Key", key).with(csrf()).exchange();
        assertThat(first).hasStatus(201);
        long cases = count("cases");
        long photos = count("photo");
        var again = report(fixtures.own(), true).header("Idempotency-Key", key).with(csrf()).exchange();
        assertThat(again).hasStatus(200).hasHeader("Idempotent-Replayed", "true");
        assertThat(MobileFixtures.id(again)).isEqualTo(MobileFixtures.id(first));
        assertThat(again).bodyJson().extractingPath("$.replayed").isEqualTo(true);
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(count("photo")).as("the resent photo copy is not kept").isEqualTo(photos);
    }

    @Test
    void on_the_spot_handling_closes_the_case_in_one_step() {
        var result = report(fixtures.own(), true).param("onSpot", "true")
                .header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(result).hasStatus(201);
        assertThat(fixtures.status(MobileFixtures.id(result))).isEqualTo("CLOSED");
    }

    @Test
    void a_report_outside_my_area_is_a_clear_4xx_and_nothing_is_stored() {
        long cases = count("cases");
        long photos = count("photo");
        var result = report(fixtures.elsewhere(), true).header("Idempotency-Key", UUID.randomUUID().toString())
                .with(csrf()).exchange();
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("mobile.error.outside-area");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("不在您的责任区内", "未保存");
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(count("photo")).isEqualTo(photos);
    }

    @Test
    void a_report_outside_every_grid_is_explained() {
        var result = report(new LatLng(10, 10), true).header("Idempotency-Key", UUID.randomUUID().toString())
                .with(csrf()).exchange();
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("error.grid.outside");
    }

    @Test
    void a_report_without_photo_key_or_description_is_refused() {
        long cases = count("cases");
        var noPhoto = report(fixtures.own(), false).header("Idempotency-Key", UUID.randomUUID().toString())
                .with(csrf()).exchange();
        assertThat(noPhoto).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("mobile.error.photo-required");
        var noKey = report(fixtures.own(), true).with(csrf()).exchange();
        assertThat(noKey).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("mobile.error.key-required");
        var noText = report(fixtures.own(), true, " ")
                .header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(noText).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("error.validation");
        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void a_file_that_is_not_a_photo_is_refused_and_nothing_is_stored() {
        long cases = count("cases");
        var result = mvc.post().uri("/m/reports").multipart()
                .file(new MockMultipartFile("photo", "notes.txt", "text/plain", "hello".getBytes()))
                .param("latitude", "" + fixtures.own().latitude()).param("longitude", "" + fixtures.own().longitude())
                .param("conditionCode", "E0102-01").param("description", "垃圾")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(MobilePagesTest.INSPECTOR).with(csrf()).exchange();
        assertThat(result).hasStatus(415);
        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void the_report_endpoint_needs_the_csrf_token() {
        long cases = count("cases");
        var result = report(fixtures.own(), true).header("Idempotency-Key", UUID.randomUUID().toString()).exchange();
        assertThat(result).hasStatus(403);
        assertThat(count("cases")).isEqualTo(cases);
    }

    @Test
    void only_inspectors_report_from_the_phone() {
        var result = mvc.post().uri("/m/reports").multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", MobileFixtures.PNG))
                .param("latitude", "" + fixtures.own().latitude()).param("longitude", "" + fixtures.own().longitude())
                .param("conditionCode", "E0102-01").param("description", "垃圾")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("operator").roles("OPERATOR"))
                .with(csrf()).exchange();
        assertThat(result).hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("error.role-required");
    }

    @Test
    void a_report_carries_several_photos_in_their_order() {
        var request = report(fixtures.own(), true);
        request.file(new MockMultipartFile("photo", "second.png", "image/png", org.urbangrid.attachments.TestImages.png()));
        var result = request.header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(result).hasStatus(201);
        long id = MobileFixtures.id(result);
        assertThat(Api.<Integer>read(api.get("leader", "/api/cases/{id}", id), "$.history[0].photoIds.length()")).isEqualTo(2);
    }

    @Test
    void each_refusal_names_the_field_it_is_about() {
        long photos = count("photo");
        var tooMany = report(fixtures.own(), true);
        for (int i = 0; i < MobileReports.MAX_PHOTOS; i++) {
            tooMany.file(new MockMultipartFile("photo", "p" + i + ".png", "image/png", MobileFixtures.PNG));
        }
        var many = tooMany.header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(many).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("photo");
        assertThat(count("photo")).isEqualTo(photos);

        var noPhoto = report(fixtures.own(), false).header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(noPhoto).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("photo");

        var outside = report(fixtures.elsewhere(), true).header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(outside).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("position");
        var nowhere = report(new LatLng(10, 10), true).header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(nowhere).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("position");

        var unknown = mvc.post().uri("/m/reports").multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", MobileFixtures.PNG))
                .param("latitude", "" + fixtures.own().latitude()).param("longitude", "" + fixtures.own().longitude())
                .param("conditionCode", "E0999-01").param("description", "垃圾")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(MobilePagesTest.INSPECTOR).with(csrf()).exchange();
        assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("conditionCode");
        assertThat(count("photo")).as("no photo of a refused report is kept").isEqualTo(photos);

        var blank = report(fixtures.own(), true, " ").header("Idempotency-Key", UUID.randomUUID().toString()).with(csrf()).exchange();
        assertThat(blank).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("description");
        var notPhoto = mvc.post().uri("/m/reports").multipart()
                .file(new MockMultipartFile("photo", "notes.txt", "text/plain", "hello".getBytes()))
                .param("latitude", "" + fixtures.own().latitude()).param("longitude", "" + fixtures.own().longitude())
                .param("conditionCode", "E0102-01").param("description", "垃圾")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(MobilePagesTest.INSPECTOR).with(csrf()).exchange();
        assertThat(notPhoto).hasStatus(415).bodyJson().extractingPath("$.field").isEqualTo("photo");
    }
}
