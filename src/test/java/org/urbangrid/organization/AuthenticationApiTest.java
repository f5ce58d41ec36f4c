package org.urbangrid.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class AuthenticationApiTest extends IntegrationTest {

    @Autowired
    Organization organization;

    @BeforeEach
    void account() {
        if (organization.staffByUsername("auth-test").isEmpty()) {
            organization.createStaff(new NewStaff("auth-test", "测试员", "secret-1", Role.OPERATOR, null, null, null));
        }
    }

    @Test
    void right_password_gives_a_token_that_identifies_the_account() {
        var token = api.token("auth-test", "secret-1");
        var me = mvc.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange();
        assertThat(me).hasStatusOk();
        assertThat(Api.<String>read(me, "$.username")).isEqualTo("auth-test");
        assertThat(Api.<String>read(me, "$.role")).isEqualTo("OPERATOR");
    }

    @Test
    void wrong_password_is_refused_with_a_problem_in_chinese_or_english() {
        var zh = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"auth-test\",\"password\":\"nope\"}").exchange();
        assertThat(zh).hasStatus(401);
        assertThat(Api.<String>read(zh, "$.detail")).isEqualTo("用户名或密码不正确。");
        var en = mvc.post().uri("/api/auth/token").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"auth-test\",\"password\":\"nope\"}").exchange();
        assertThat(Api.<String>read(en, "$.detail")).isEqualTo("Wrong username or password.");
    }

    @Test
    void missing_or_forged_token_is_401() {
        assertThat(mvc.get().uri("/api/me").exchange()).hasStatus(401);
        var forged = mvc.get().uri("/api/me").header("Authorization", "Bearer forged").exchange();
        assertThat(forged).hasStatus(401);
        assertThat(Api.<String>read(forged, "$.code")).isEqualTo("error.unauthenticated");
    }

    @Test
    void a_control_character_in_a_header_is_refused_by_the_firewall() {
        var token = api.token("auth-test", "secret-1");
        assertThat(mvc.get().uri("/api/me").header("Authorization", "Bearer " + token + "\u0007").exchange())
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/me").header("Authorization", "Bearer " + token).header("X-Note", "巡查")
                .exchange()).hasStatusOk();
    }

    @Test
    void token_expires_after_twelve_hours() {
        var token = api.token("auth-test", "secret-1");
        clock.advance(java.time.Duration.ofHours(13));
        assertThat(mvc.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(401);
    }

    @Test
    void blank_credentials_are_a_validation_problem() {
        var result = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"\",\"password\":\"\"}").exchange();
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.validation");
    }

    @Test
    void passwords_are_stored_hashed() {
        var hash = jdbc.sql("select password_hash from staff where username = 'auth-test'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("secret-1");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
