package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;
import static org.urbangrid.console.admin.AdminPages.unique;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 人员: an administrator edits, deactivates, signs out and resets a person; the audit page shows each change. */
class AdminStaffPageTest extends IntegrationTest {

    @Autowired
    Organization organization;

    private StaffMember person() {
        return organization.createStaff(new NewStaff(unique("pg-staff"), "页面人员", "first-pass", Role.OPERATOR,
                null, null, null));
    }

    @Test
    void the_person_page_edits_name_role_and_street_and_refuses_an_unknown_street() {
        var member = person();
        var page = mvc.get().uri("/admin/organization/users/{id}", member.id()).with(admin()).exchange();
        assertThat(page).hasStatusOk();
        assertThat(Api.body(page)).contains("id=\"person-form\"", member.username());

        var saved = mvc.post().uri("/admin/organization/users/{id}", member.id()).with(admin()).with(csrf())
                .param("displayName", "改过的名字").param("role", "DISPATCHER").param("streetCode", "210231001")
                .param("departmentId", "").param("phone", "").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        var after = organization.requireStaff(member.id());
        assertThat(after.displayName()).isEqualTo("改过的名字");
        assertThat(after.role()).isEqualTo(Role.DISPATCHER);
        assertThat(after.streetCode()).isEqualTo("210231001");

        var refused = mvc.post().uri("/admin/organization/users/{id}", member.id()).with(admin()).with(csrf())
                .param("displayName", "x").param("role", "DISPATCHER").param("streetCode", "210231999").exchange();
        assertThat(refused).hasStatus(400);
        assertThat(Api.body(refused)).contains("210231999");
        assertThat(organization.requireStaff(member.id()).streetCode()).isEqualTo("210231001");
    }

    @Test
    void deactivating_on_the_page_ends_the_persons_token_and_a_reset_shows_a_one_time_password_once() {
        var member = person();
        var token = api.token(member.username(), "first-pass");
        var off = mvc.post().uri("/admin/organization/users/{id}/active", member.id()).param("active", "false")
                .with(admin()).with(csrf()).exchange();
        assertThat(off).hasStatus3xxRedirection();
        assertThat(organization.requireStaff(member.id()).active()).isFalse();
        assertThat(mvc.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange()).hasStatus(401);
        mvc.post().uri("/admin/organization/users/{id}/active", member.id()).param("active", "true")
                .with(admin()).with(csrf()).exchange();

        var reset = mvc.post().uri("/admin/organization/users/{id}/password-reset", member.id()).with(admin()).with(csrf())
                .exchange();
        assertThat(reset).hasStatusOk();
        var matcher = Pattern.compile("id=\"one-time-password\">[\\s\\S]*?<code>([A-Za-z0-9]{12})</code>").matcher(Api.body(reset));
        assertThat(matcher.find()).isTrue();
        var login = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + member.username() + "\",\"password\":\"" + matcher.group(1) + "\"}").exchange();
        assertThat(login).hasStatusOk();
        var again = mvc.get().uri("/admin/organization/users/{id}", member.id()).with(admin()).exchange();
        assertThat(Api.body(again)).doesNotContain("one-time-password");
    }

    @Test
    void the_audit_page_lists_changes_with_before_and_after_and_pages_by_keyset() {
        var member = person();
        mvc.post().uri("/admin/organization/users/{id}/active", member.id()).param("active", "false")
                .with(admin()).with(csrf()).exchange();
        var page = mvc.get().uri("/admin/audit").param("area", "staff").with(admin()).exchange();
        assertThat(page).hasStatusOk();
        var body = Api.body(page);
        assertThat(body).contains("id=\"audit-table\"", member.username(), "停用", "页面人员", "系统管理员");
        // The change is the field it touched, old and new, not two JSON snapshots.
        assertThat(body).containsPattern("<th scope=\"row\">启用</th>\\s*<td class=\"old\"><del>是</del>"
                + "[^<]*</td>\\s*<td class=\"new\"><ins>否</ins>").doesNotContain("&quot;active&quot;");

        for (int i = 0; i < 55; i++) {
            organization.revokeAccess(member.id());
        }
        var first = Api.body(mvc.get().uri("/admin/audit").param("area", "staff").with(admin()).exchange());
        var older = Pattern.compile("href=\"/admin/audit\\?area=staff&amp;before=(\\d+)\"").matcher(first);
        assertThat(older.find()).as(first).isTrue();
        var second = mvc.get().uri("/admin/audit").param("area", "staff").param("before", older.group(1)).with(admin())
                .exchange();
        assertThat(second).hasStatusOk();
        assertThat(Api.body(second)).contains("id=\"audit-newest\"");
        assertThat(mvc.get().uri("/admin/audit").with(AdminPages.as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(403);
    }
}
