package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;
import static org.urbangrid.console.admin.AdminPages.unique;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.catalog.ConditionDraft;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The administration pages of issue 8: catalogue by major class, routing rules in words, staff transfer, audit. */
class AdminReadablePagesTest extends IntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration administration;

    @Autowired
    Organization organization;

    @Autowired
    AuditLog audit;

    @Test
    void the_catalogue_is_grouped_by_major_class_with_counts_and_filters() {
        var all = Api.body(mvc.get().uri("/admin/catalog").with(admin()).exchange());
        assertThat(all).contains("id=\"major-COMPONENT-01\"", "id=\"major-EVENT-01\"", "id=\"major-EVENT-21\"",
                "<strong>公用设施</strong>", "Exposed rubbish");
        assertThat(all).containsPattern("(?s)id=\"major-EVENT-02\"[^>]*>\\s*<summary><strong>宣传广告</strong>.*?"
                + "6 个小类 · [0-9]+ 个启用的立案条件");

        var english = Api.body(mvc.get().uri("/admin/catalog?q=rubbish").with(admin()).exchange());
        assertThat(english).contains("id=\"class-E0102\"", "id=\"class-E0103\"").doesNotContain("id=\"class-C0101\"");

        var local = Api.body(mvc.get().uri("/admin/catalog?local=true").with(admin()).exchange());
        assertThat(local).contains("id=\"class-E2101\"", "id=\"class-C2101\"").doesNotContain("id=\"class-E0102\"",
                "id=\"major-EVENT-01\"");

        String code = AdminPages.freshLocalClass(catalog);
        administration.createLocalClass(code, "无条件小类",
                List.of(new ConditionDraft("待停用", TimeLimit.workHours(4), "已清理", true)));
        administration.updateCondition(code + "-01",
                new ConditionDraft("待停用", TimeLimit.workHours(4), "已清理", false));
        var without = Api.body(mvc.get().uri("/admin/catalog?conditions=without").with(admin()).exchange());
        assertThat(without).contains("id=\"class-" + code + "\"").doesNotContain("id=\"class-E0102\"");
        var with = Api.body(mvc.get().uri("/admin/catalog?conditions=with&kind=COMPONENT").with(admin()).exchange());
        assertThat(with).contains("id=\"class-C0101\"").doesNotContain("id=\"class-" + code + "\"",
                "id=\"class-E0102\"");

        var englishPage = Api.body(mvc.get().uri("/admin/catalog?lang=en&kind=EVENT").with(admin()).exchange());
        assertThat(englishPage).contains("<strong>City appearance and environment</strong>",
                "classes · ", "active filing conditions");
    }

    @Test
    void an_administrator_sets_english_names_of_a_class_and_a_condition_and_the_log_shows_the_change() {
        String code = AdminPages.freshLocalClass(catalog);
        administration.createLocalClass(code, "井盖异响",
                List.of(new ConditionDraft("井盖有响声", TimeLimit.workHours(4), "已修复", true)));
        var saved = mvc.post().uri("/admin/catalog/{code}/class", code).with(admin()).with(csrf())
                .param("name", "井盖异响").param("nameEn", "Noisy manhole cover").param("active", "true").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(catalog.findClass(code).orElseThrow().nameEn()).isEqualTo("Noisy manhole cover");

        var condition = mvc.post().uri("/admin/catalog/conditions/{code}", code + "-01").with(admin()).with(csrf())
                .param("description", "井盖有响声").param("nameEn", "Manhole cover rattles").param("limitAmount", "4")
                .param("limitUnit", "WORK_HOURS").param("closingCondition", "已修复").param("active", "true").exchange();
        assertThat(condition).hasStatus3xxRedirection();
        assertThat(catalog.condition(code + "-01").orElseThrow().nameEn()).isEqualTo("Manhole cover rattles");
        assertThat(Api.body(mvc.get().uri("/admin/catalog/{code}?lang=en", code).with(admin()).exchange()))
                .contains("Noisy manhole cover", "Manhole cover rattles");

        var refused = mvc.post().uri("/admin/catalog/{code}/class", code).with(admin()).with(csrf())
                .param("name", " ").param("nameEn", "Typed but refused").param("active", "true").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("class=\"flash error\"", "value=\"Typed but refused\"");
        assertThat(catalog.findClass(code).orElseThrow().name()).isEqualTo("井盖异响");

        var log = Api.body(mvc.get().uri("/admin/audit?area=catalog").with(admin()).exchange());
        assertThat(log).contains("修改小类", "修改立案条件", "<th scope=\"row\">英文名称</th>", "<ins>Noisy manhole cover</ins>",
                "<ins>Manhole cover rattles</ins>");
    }

    @Test
    void routing_rules_read_as_sentences_and_filter_by_department_category_and_area() {
        var hw = organization.departmentByCode("HW").orElseThrow();
        var page = Api.body(mvc.get().uri("/admin/routing").with(admin()).exchange());
        assertThat(page).contains("id=\"rule-filter-form\"", "全区的市容环境派给市政公用服务中心(环卫)",
                "<td class=\"rule-who\">市政公用服务中心(环卫)</td>");

        var byDepartment = Api.body(mvc.get().uri("/admin/routing?department={id}", hw.id()).with(admin()).exchange());
        assertThat(byDepartment).contains("<td class=\"rule-who\">市政公用服务中心(环卫)</td>")
                .doesNotContain("<td class=\"rule-who\">供电公司</td>");

        var byCategory = Api.body(mvc.get().uri("/admin/routing?category=C0118").with(admin()).exchange());
        assertThat(byCategory).contains("<span class=\"rule-what\">公用设施</span>")
                .doesNotContain("<span class=\"rule-what\">市容环境</span>");
        var byName = Api.body(mvc.get().uri("/admin/routing?category=市容").with(admin()).exchange());
        assertThat(byName).contains("<span class=\"rule-what\">市容环境</span>");

        var byArea = Api.body(mvc.get().uri("/admin/routing?area=210231001").with(admin()).exchange());
        assertThat(byArea).contains("<span class=\"rule-where\">凌水街道</span>")
                .doesNotContain("<span class=\"rule-where\">龙王塘街道</span>");

        var english = Api.body(mvc.get().uri("/admin/routing?lang=en").with(admin()).exchange());
        assertThat(english).contains("City appearance and environment in the whole district goes to "
                + "Public Utilities Service Centre (Sanitation)");
        assertThat(mvc.get().uri("/admin/routing").with(AdminPages.as("dispatcher", "DISPATCHER")).exchange())
                .hasStatus(403);
    }

    @Test
    void a_transfer_moves_a_person_to_another_department_and_street_and_is_audited() {
        var hw = organization.departmentByCode("HW").orElseThrow();
        var szyl = organization.departmentByCode("SZYL").orElseThrow();
        StaffMember member = organization.createStaff(new NewStaff(unique("mv-staff"), "调动人员", "first-pass",
                Role.HANDLER, hw.id(), null, "13800000000"));
        var moved = mvc.post().uri("/admin/organization/users/{id}/move", member.id()).with(admin()).with(csrf())
                .param("departmentId", String.valueOf(szyl.id())).param("streetCode", "210231002").exchange();
        assertThat(moved).hasStatus3xxRedirection();
        var after = organization.requireStaff(member.id());
        assertThat(after.departmentId()).isEqualTo(szyl.id());
        assertThat(after.streetCode()).isEqualTo("210231002");
        assertThat(after.displayName()).isEqualTo("调动人员");
        assertThat(after.role()).isEqualTo(Role.HANDLER);
        assertThat(after.phone()).isEqualTo("13800000000");
        var entry = audit.page("staff", null, 1).entries().get(0);
        assertThat(entry.subject()).isEqualTo(member.username());
        assertThat(entry.before()).contains("\"departmentId\":" + hw.id());
        assertThat(entry.after()).contains("\"departmentId\":" + szyl.id(), "210231002");

        var page = Api.body(mvc.get().uri("/admin/organization/users/{id}", member.id()).with(admin()).exchange());
        assertThat(page).contains("id=\"person-move-form\"", "市政园林局", "龙王塘街道");
        var log = Api.body(mvc.get().uri("/admin/audit?area=staff").with(admin()).exchange());
        assertThat(log).contains("<del>市政公用服务中心(环卫) (#" + hw.id() + ")</del>",
                "<ins>市政园林局 (#" + szyl.id() + ")</ins>", "<ins>龙王塘街道 (210231002)</ins>");
    }

    @Test
    void a_refused_edit_keeps_what_was_typed_and_non_administrators_get_403() {
        StaffMember member = organization.createStaff(new NewStaff(unique("kt-staff"), "原名", "first-pass",
                Role.OPERATOR, null, null, null));
        var refused = mvc.post().uri("/admin/organization/users/{id}", member.id()).with(admin()).with(csrf())
                .param("displayName", "新打的名字").param("role", "DISPATCHER").param("streetCode", "210231999")
                .param("phone", "139-typed").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("value=\"新打的名字\"", "value=\"139-typed\"",
                "class=\"flash error\"");
        assertThat(organization.requireStaff(member.id()).displayName()).isEqualTo("原名");
        for (var uri : List.of("/admin/catalog", "/admin/routing", "/admin/audit",
                "/admin/organization/users/" + member.id())) {
            assertThat(mvc.get().uri(uri).with(AdminPages.as("leader", "LEADER")).exchange()).as(uri).hasStatus(403);
        }
        assertThat(mvc.post().uri("/admin/organization/users/{id}/move", member.id()).with(csrf())
                .with(AdminPages.as("dispatcher", "DISPATCHER")).param("departmentId", "").exchange()).hasStatus(403);
    }

    @Test
    void the_audit_log_names_who_acted_and_filters_by_actor_and_dates() {
        var admin = organization.staffByUsername("admin").orElseThrow();
        String code = AdminPages.freshLocalClass(catalog);
        var created = api.post("admin", "/api/catalog/classes", """
                {"code":"%s","name":"审计小类","nameEn":"Audited class","conditions":[{"description":"审计条件",
                "limitAmount":2,"limitUnit":"WORK_DAYS","closingCondition":"已处理"}]}""".formatted(code));
        assertThat(created).as(Api.body(created)).hasStatus(201);

        var mine = Api.body(mvc.get().uri("/admin/audit?actor={id}", admin.id()).with(admin()).exchange());
        assertThat(mine).contains("新增小类", "审计小类", "<strong>" + admin.displayName() + "</strong>", "管理员 · admin",
                "<ins>Audited class</ins>");
        var other = Api.body(mvc.get().uri("/admin/audit?actor={id}", admin.id() + 100_000).with(admin()).exchange());
        assertThat(other).contains("id=\"audit-empty\"").doesNotContain("审计小类");

        var today = java.time.LocalDate.now(clock);
        var inRange = Api.body(mvc.get().uri("/admin/audit?area=catalog&from={f}&to={t}", today, today).with(admin())
                .exchange());
        assertThat(inRange).contains("审计小类");
        var before = Api.body(mvc.get().uri("/admin/audit?area=catalog&to={t}", today.minusDays(400)).with(admin())
                .exchange());
        assertThat(before).doesNotContain("审计小类");

        var bad = mvc.get().uri("/admin/audit?from=yesterday").with(admin()).exchange();
        assertThat(bad).hasStatus(400).bodyText().contains("from", "yesterday");
    }
}
