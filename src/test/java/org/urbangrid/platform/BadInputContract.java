package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Control characters are refused wherever text comes in (JSON, query, form, multipart fields, path), with a 400
 * naming the field and nothing stored; PostgreSQL would otherwise fail on NUL with a 500.
 */
abstract class BadInputContract extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Grids grids;

    private long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    private String position() {
        var point = grids.centroidOf("210231001002005");
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }

    @Test
    void a_nul_in_a_description_is_400_naming_the_field_and_no_case_is_created() {
        long before = cases();
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"垃圾\\u0000没人清\",\"reporterContact\":\"138****0000\"}");
        assertThat(result).as(Api.body(result)).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.control-character");
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("description");
        assertThat(Api.<String>read(result, "$.detail")).contains("description");
        assertThat(cases()).isEqualTo(before);
        // Other C0 controls too; tab and line breaks stay allowed.
        assertThat(api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"x\\u001b[31m\"}")).hasStatus(400);
        assertThat(api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"第一行\\n\\t第二行\"}")).hasStatus(201);
    }

    @Test
    void a_nul_in_a_query_parameter_is_400_naming_it() {
        var result = mvc.get().uri("/api/catalog/classes").queryParam("q", "a\u0000b").header("Authorization", "Bearer " + api.token("operator"))
                .header("Accept-Language", "en").exchange();
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.control-character");
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("q");
        assertThat(Api.<String>read(result, "$.detail")).startsWith("The field q contains a control character");
    }

    @Test
    void a_nul_in_a_list_item_a_multipart_field_or_the_path_is_refused() {
        var list = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + position()
                + ",\"description\":\"x\",\"photoIds\":[\"a\\u0000\"]}");
        assertThat(list).hasStatus(400);
        assertThat(Api.<String>read(list, "$.field")).isEqualTo("photoIds[0]");
        var multipart = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", new byte[] {1}))
                .param("note", "x\u0000").header("Authorization", "Bearer " + api.token("inspector")).exchange();
        assertThat(multipart).hasStatus(400);
        assertThat(Api.<String>read(multipart, "$.field")).isEqualTo("note");
        var path = mvc.get().uri(java.net.URI.create("/api/catalog/classes/E01%0002")).header("Authorization", "Bearer " + api.token("operator"))
                .exchange();
        assertThat(path).hasStatus(400);
        assertThat(Api.<String>read(path, "$.field")).isEqualTo("path");
    }

    @Test
    void a_nul_in_a_console_form_field_is_refused_and_nothing_is_saved() {
        var form = mvc.post().uri("/admin/calendar/days")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("date", "2034-06-01").param("kind", "HOLIDAY").param("name", "节\u0000日").exchange();
        assertThat(form).hasStatus(400);
        assertThat(Api.<String>read(form, "$.field")).isEqualTo("name");
        assertThat(jdbc.sql("select count(*) from calendar_day where calendar_date = date '2034-06-01'")
                .query(Long.class).single()).isZero();
    }
}
