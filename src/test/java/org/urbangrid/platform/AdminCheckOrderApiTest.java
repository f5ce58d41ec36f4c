package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Who may call is decided before the body is read: a non-admin gets 403, never the admin's field list. */
class AdminCheckOrderApiTest extends IntegrationTest {

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource(delimiter = '|', value = {
            "POST | /api/catalog/classes                | {}",
            "POST | /api/catalog/classes/E0102/conditions | {}",
            "PUT  | /api/catalog/conditions/E0102-01    | {\"limitAmount\":\"x\"}",
            "PUT  | /api/stage-limits                   | []",
            "PUT  | /api/calendar/working-hours         | {",
            "PUT  | /api/calendar/days/2033-07-01       | {\"kind\":\"NAP\"}",
            "POST | /api/routing/rules                  | {}",
            "POST | /api/departments                    | {}",
            "POST | /api/staff                          | {}",
            "PUT  | /api/staff/1/area                   | {}"})
    void a_non_admin_with_an_empty_or_broken_body_gets_403_while_an_admin_gets_the_400(String method, String uri,
            String body) {
        var dispatcher = call("dispatcher", method, uri, body);
        assertThat(dispatcher).as(Api.body(dispatcher)).hasStatus(403);
        assertThat(Api.<String>read(dispatcher, "$.code")).isEqualTo("error.forbidden");
        assertThat(Api.body(dispatcher)).doesNotContain("\"errors\"");
        var admin = call("admin", method, uri, body);
        assertThat(admin).as("control: the same body from an admin is refused as input").hasStatus(400);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult call(String user, String method, String uri,
            String body) {
        var request = "POST".equals(method) ? mvc.post().uri(uri) : mvc.put().uri(uri);
        return request.header("Authorization", "Bearer " + api.token(user)).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
