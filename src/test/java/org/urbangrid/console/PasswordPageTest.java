package org.urbangrid.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 修改密码: anyone changes their own password; other sessions end, this one stays. */
class PasswordPageTest extends IntegrationTest {

    @Autowired
    Organization organization;

    private MockHttpSession login(String username, String password) {
        var result = mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
        assertThat(result).redirectedUrl().isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void changing_the_password_keeps_this_session_and_ends_the_others() {
        var name = "pwpage" + ProcessHandle.current().pid();
        if (organization.staffByUsername(name).isEmpty()) {
            organization.createStaff(new NewStaff(name, "改密码", "first-pass", Role.LEADER, null, null, null));
        }
        var here = login(name, "first-pass");
        var elsewhere = login(name, "first-pass");
        clock.advance(Duration.ofSeconds(1));
        var page = mvc.get().uri("/account/password").session(here).exchange();
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("id=\"password-form\"");

        var mismatch = mvc.post().uri("/account/password").session(here).with(csrf()).param("currentPassword", "first-pass")
                .param("newPassword", "second-pass").param("repeatPassword", "other-pass").exchange();
        assertThat(mismatch).hasStatus(400);
        var wrong = mvc.post().uri("/account/password").session(here).with(csrf()).param("currentPassword", "nope")
                .param("newPassword", "second-pass").param("repeatPassword", "second-pass").exchange();
        assertThat(wrong).hasStatus(400);
        assertThat(Api.body(wrong)).contains("当前密码不正确");

        var changed = mvc.post().uri("/account/password").session(here).with(csrf()).param("currentPassword", "first-pass")
                .param("newPassword", "second-pass").param("repeatPassword", "second-pass").exchange();
        assertThat(changed).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/console").session(here).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/console").session(elsewhere).exchange()).hasStatus3xxRedirection();
        login(name, "second-pass");
    }
}
