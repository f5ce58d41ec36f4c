package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Framework errors answer in the same RFC 9457 shape as the platform's own refusals, in Chinese and English. */
class ProblemShapesApiTest extends IntegrationTest {

    private MvcTestResult send(String method, String uri, String contentType, String body, String language) {
        var request = switch (method) {
            case "PUT" -> mvc.put().uri(uri);
            case "POST" -> mvc.post().uri(uri);
            case "DELETE" -> mvc.delete().uri(uri);
            default -> mvc.get().uri(uri);
        };
        request = request.header("Authorization", "Bearer " + api.token("admin"));
        if (contentType != null) {
            request = request.contentType(contentType).content(body);
        }
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return request.exchange();
    }

    private static void shaped(MvcTestResult result, int status, String code) {
        assertThat(result).as(Api.body(result)).hasStatus(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.<String>read(result, "$.code")).isEqualTo(code);
        assertThat(Api.<String>read(result, "$.type")).isEqualTo("/problems/" + code);
        assertThat(Api.<String>read(result, "$.title")).isNotBlank();
        assertThat(Api.<String>read(result, "$.detail")).isNotBlank();
    }

    @Test
    void malformed_json_is_a_400_in_chinese() {
        var result = send("PUT", "/api/calendar/days/2033-06-01", "application/json", "{\"kind\":", null);
        shaped(result, 400, "error.json-malformed-at");
        assertThat(Api.<String>read(result, "$.detail")).contains("不是有效的 JSON");
    }

    @Test
    void a_wrong_enum_names_the_field_and_lists_the_accepted_values_in_either_language() {
        var zh = send("PUT", "/api/calendar/days/2033-06-01", "application/json", "{\"kind\":\"NAP\",\"name\":\"午睡\"}", null);
        shaped(zh, 400, "error.json-enum");
        assertThat(Api.<String>read(zh, "$.field")).isEqualTo("kind");
        assertThat(Api.<String>read(zh, "$.detail")).contains("kind", "NAP", "HOLIDAY、WORKDAY");
        var en = send("PUT", "/api/calendar/days/2033-06-01", "application/json", "{\"kind\":\"NAP\",\"name\":\"x\"}", "en");
        assertThat(Api.<String>read(en, "$.detail")).isEqualTo(
                "The value \"NAP\" of field kind is not valid; accepted values: HOLIDAY, WORKDAY.");
        assertThat(Api.<String>read(en, "$.title")).isEqualTo("Bad request");
    }

    @Test
    void text_in_a_number_names_the_field_with_its_path() {
        var result = send("PUT", "/api/stage-limits", "application/json",
                "[{\"stage\":\"CHECK\",\"amount\":\"many\",\"unit\":\"WORK_MINUTES\"}]", null);
        shaped(result, 400, "error.json-number");
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("[0].amount");
        assertThat(Api.<String>read(result, "$.detail")).contains("[0].amount", "数字");
    }

    @Test
    void a_missing_body_a_missing_parameter_and_a_wrong_enum_parameter_are_named() {
        shaped(mvc.put().uri("/api/stage-limits").header("Authorization", "Bearer " + api.token("admin"))
                .contentType(MediaType.APPLICATION_JSON).exchange(), 400, "error.body-missing");
        var missing = send("GET", "/api/calendar/add?unit=WORK_DAYS", null, null, null);
        shaped(missing, 400, "error.parameter-missing");
        assertThat(Api.<String>read(missing, "$.field")).isEqualTo("amount");
        var unit = send("GET", "/api/calendar/add?amount=4&unit=FORTNIGHTS", null, null, "en");
        shaped(unit, 400, "error.parameter-enum");
        assertThat(Api.<String>read(unit, "$.detail")).contains("unit", "FORTNIGHTS", "WORK_DAYS", "NATURAL_MINUTES");
    }

    @Test
    void a_missing_multipart_part_is_named() {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", new byte[] {1, 2, 3}))
                .header("Authorization", "Bearer " + api.token("inspector")).exchange();
        shaped(result, 400, "error.part-missing");
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("file");
    }

    @Test
    void wrong_content_type_is_415_and_wrong_method_is_405_with_allow() {
        var text = send("PUT", "/api/calendar/days/2033-06-01", "text/plain", "HOLIDAY", null);
        shaped(text, 415, "error.media-type-unsupported");
        assertThat(Api.<String>read(text, "$.detail")).contains("text/plain", "application/json");
        var delete = send("DELETE", "/api/stage-limits", null, null, "en");
        shaped(delete, 405, "error.method-not-allowed");
        assertThat(delete.getResponse().getHeader("Allow")).contains("GET", "PUT");
        assertThat(Api.<String>read(delete, "$.detail")).startsWith("DELETE is not supported");
    }

    @Test
    void an_unknown_api_path_is_a_json_404() {
        var result = send("GET", "/api/no-such-thing", null, null, null);
        shaped(result, 404, "error.path-not-found");
        assertThat(Api.<String>read(result, "$.detail")).contains("/api/no-such-thing");
    }

    @Test
    void asking_for_a_format_we_do_not_speak_is_406() {
        var result = mvc.get().uri("/api/stage-limits").header("Authorization", "Bearer " + api.token("admin"))
                .accept(MediaType.IMAGE_PNG).exchange();
        assertThat(result).hasStatus(406);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.not-acceptable");
    }

    @Test
    void ids_show_without_grouping_commas_and_roles_by_their_label() {
        var unknown = send("GET", "/api/cases/999999", null, null, null);
        assertThat(unknown).hasStatus(404);
        assertThat(Api.<String>read(unknown, "$.detail")).contains("案卷 999999").doesNotContain("999,999");
        var body = "{\"source\":\"HOTLINE_12345\",\"latitude\":38.86,\"longitude\":121.52,\"description\":\"x\"}";
        var refused = api.post("inspector", "/api/cases", body);
        assertThat(refused).hasStatus(403);
        assertThat(Api.<String>read(refused, "$.detail")).contains("监督员").doesNotContain("INSPECTOR");
    }

    @Test
    void validation_errors_keep_their_field_list() {
        var result = send("PUT", "/api/calendar/working-hours", "application/json", "{\"periods\":[]}", null);
        shaped(result, 400, "error.validation");
        assertThat(Api.<List<String>>read(result, "$.errors[*].field")).contains("periods");
    }
}
