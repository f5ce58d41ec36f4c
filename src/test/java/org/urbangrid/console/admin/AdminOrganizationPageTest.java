package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.IntegrationTest;

class AdminOrganizationPageTest extends IntegrationTest {

    @Autowired
    Organization organization;

    @Test
    void the_page_lists_departments_and_users_by_role() {
        var page = mvc.get().uri("/admin/organization").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"department-table\"", "市政公用服务中心",
                "id=\"users-INSPECTOR\"", "id=\"user-inspector\"", "监督员", "id=\"user-form\"", "id=\"department-form\"");
        var inspectors = mvc.get().uri("/admin/organization?role=INSPECTOR").with(admin()).exchange();
        assertThat(inspectors).bodyText().contains("id=\"user-inspector\"").doesNotContain("id=\"users-HANDLER\"");
    }

    @Test
    void an_inspector_is_created_with_a_responsibility_area() {
        String username = AdminPages.unique("insp");
        var created = mvc.post().uri("/admin/organization/users").with(admin()).with(csrf()).param("username", username)
                .param("displayName", "新监督员").param("password", "secret1").param("role", "INSPECTOR")
                .param("streetCode", "210231001").param("area", "210231001001, 210231001002005").exchange();
        assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/organization");
        var member = organization.staffByUsername(username).orElseThrow();
        assertThat(member.role()).isEqualTo(Role.INSPECTOR);
        assertThat(organization.areaOf(member.id())).contains("210231001002005", "210231001001001").hasSizeGreaterThan(2);
    }

    @Test
    void a_bad_area_or_duplicate_username_is_refused_and_nobody_is_created() {
        String username = AdminPages.unique("insp");
        var badArea = mvc.post().uri("/admin/organization/users").with(admin()).with(csrf()).param("username", username)
                .param("displayName", "甲").param("password", "secret1").param("role", "INSPECTOR")
                .param("area", "210231001999999").exchange();
        assertThat(badArea).hasStatus(400).bodyText().contains("“210231001999999”不是已有的单元网格");
        assertThat(organization.staffByUsername(username)).isEmpty();
        var taken = mvc.post().uri("/admin/organization/users").with(admin()).with(csrf()).param("username", "operator")
                .param("displayName", "乙").param("password", "secret1").param("role", "OPERATOR").exchange();
        assertThat(taken).hasStatus(409).bodyText().contains("class=\"flash error\"", "operator");
    }

    @Test
    void a_handler_needs_a_department() {
        String username = AdminPages.unique("hdl");
        var refused = mvc.post().uri("/admin/organization/users").with(admin()).with(csrf()).param("username", username)
                .param("displayName", "丙").param("password", "secret1").param("role", "HANDLER").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("class=\"flash error\"");
        assertThat(organization.staffByUsername(username)).isEmpty();
    }

    @Test
    void a_department_is_created() {
        String code = AdminPages.unique("T");
        var created = mvc.post().uri("/admin/organization/departments").with(admin()).with(csrf()).param("code", code)
                .param("name", "测试局").param("kind", "BUREAU").exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(organization.departmentByCode(code)).isPresent();
        assertThat(mvc.get().uri("/admin/organization").with(admin()).exchange()).bodyText().contains("测试局");
    }
}
