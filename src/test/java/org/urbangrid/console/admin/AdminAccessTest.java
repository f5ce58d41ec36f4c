package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.admin.AdminPages.admin;
import static org.urbangrid.console.admin.AdminPages.as;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.urbangrid.support.IntegrationTest;

class AdminAccessTest extends IntegrationTest {

    @Test
    void overview_shows_counts_and_links_to_every_section_in_chinese() {
        var page = mvc.get().uri("/admin").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("系统管理", "网格", "分类与立案条件", "派遣规则", "工作日历",
                "部门与用户", "id=\"count-grids-STREET\"", "id=\"count-classes\"", "id=\"count-rules\"",
                "id=\"count-users\"", "href=\"/admin/grids\"", "href=\"/admin/organization\"");
    }

    @Test
    void overview_counts_the_demo_streets() {
        var body = mvc.get().uri("/admin").with(admin()).exchange().getResponse();
        assertThat(new String(body.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("id=\"count-grids-STREET\">\\d+<");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/admin", "/admin/grids", "/admin/catalog", "/admin/catalog/E0102", "/admin/routing",
            "/admin/routing/test?category=E0102&grid=210231001", "/admin/calendar", "/admin/calendar/calculate",
            "/admin/organization", "/admin/grids/geojson", "/admin/grids/export" })
    void every_admin_page_is_forbidden_to_other_roles(String uri) {
        assertThat(mvc.get().uri(uri).with(as("dispatcher", "DISPATCHER")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri(uri).with(as("inspector", "INSPECTOR")).exchange()).hasStatus(403);
    }

    @Test
    void admin_forms_are_forbidden_to_other_roles_and_change_nothing() {
        var post = mvc.post().uri("/admin/calendar/days").param("date", "2032-05-05").param("kind", "HOLIDAY")
                .with(as("leader", "LEADER")).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).exchange();
        assertThat(post).hasStatus(403);
        assertThat(mvc.get().uri("/admin/calendar?year=2032").with(admin()).exchange()).bodyText()
                .doesNotContain("2032-05-05");
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        assertThat(mvc.get().uri("/admin").exchange()).hasStatus3xxRedirection().redirectedUrl().contains("/login");
    }

    @Test
    void the_pages_speak_english_on_request() {
        assertThat(mvc.get().uri("/admin?lang=en").with(admin()).exchange()).hasStatusOk().bodyText()
                .contains("Administration", "Routing rules", "Work calendar");
    }

    @Test
    void an_unknown_class_is_a_friendly_not_found_page() {
        var page = mvc.get().uri("/admin/catalog/E9999").with(admin()).exchange();
        assertThat(page).hasStatus(404).bodyText().contains("id=\"admin-error\"", "E9999", "返回系统管理");
    }
}
