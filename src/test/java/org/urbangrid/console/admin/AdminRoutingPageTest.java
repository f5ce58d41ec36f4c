package org.urbangrid.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.urbangrid.console.admin.AdminPages.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.catalog.ConditionDraft;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

class AdminRoutingPageTest extends IntegrationTest {

    @Autowired
    RoutingRules rules;

    @Autowired
    Organization organization;

    @Autowired
    Catalog catalogReader;

    @Autowired
    CatalogAdministration catalog;

    @Autowired
    Grids grids;

    @Test
    void the_rules_table_names_departments() {
        var page = mvc.get().uri("/admin/routing").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("id=\"rule-table\"", "市容环境默认由环卫负责", "E01",
                "id=\"rule-form\"", "id=\"routing-test-form\"", "id=\"routing-test-map\"");
    }

    @Test
    void the_tester_explains_where_the_demo_rubbish_report_goes() {
        var answer = mvc.get().uri("/admin/routing/test?category=E0102-01&grid=210231001002005").with(admin())
                .header("HX-Request", "true").exchange();
        var hw = organization.departmentByCode("HW").orElseThrow();
        assertThat(answer).hasStatusOk().bodyText().contains("id=\"routing-test-answer\"", hw.name())
                .doesNotContain("<html");
    }

    @Test
    void the_tester_takes_a_point_from_the_map() {
        var point = grids.centroidOf("210231001002005");
        var answer = mvc.get().uri("/admin/routing/test").param("category", "E0102")
                .param("lat", String.valueOf(point.latitude())).param("lng", String.valueOf(point.longitude()))
                .with(admin()).header("HX-Request", "true").exchange();
        assertThat(answer).hasStatusOk().bodyText().contains("id=\"routing-test-answer\"", "210231001002005");
    }

    @Test
    void a_new_rule_is_created_and_the_tester_follows_it() {
        String code = localClass();
        var before = mvc.get().uri("/admin/routing/test?category=" + code + "-01&grid=210231001").with(admin())
                .header("HX-Request", "true").exchange();
        assertThat(before).bodyText().contains("id=\"routing-test-nomatch\"", "没有匹配的派遣规则");
        var gtj = organization.departmentByCode("GTJ").orElseThrow();
        var created = mvc.post().uri("/admin/routing/rules").with(admin()).with(csrf()).param("category", code)
                .param("areaCode", "210231001").param("departmentId", String.valueOf(gtj.id()))
                .param("note", "测试规则").param("priority", "0").exchange();
        assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/routing");
        var after = mvc.get().uri("/admin/routing/test?category=" + code + "-01&grid=210231001002005").with(admin())
                .header("HX-Request", "true").exchange();
        assertThat(after).bodyText().contains("id=\"routing-test-answer\"", gtj.name());
        assertThat(mvc.get().uri("/admin/routing").with(admin()).exchange()).bodyText().contains(code, "测试小类", "测试规则");
    }

    @Test
    void a_bad_rule_is_refused_with_a_message_and_nothing_is_stored() {
        int count = rules.list(true).size();
        var hw = organization.departmentByCode("HW").orElseThrow();
        var refused = mvc.post().uri("/admin/routing/rules").with(admin()).with(csrf()).param("category", "垃圾")
                .param("departmentId", String.valueOf(hw.id())).exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("类别“垃圾”格式不正确");
        var noDepartment = mvc.post().uri("/admin/routing/rules").with(admin()).with(csrf()).param("category", "E01")
                .param("departmentId", "").exchange();
        assertThat(noDepartment).hasStatus(400).bodyText().contains("请选择一个部门");
        assertThat(rules.list(true)).hasSize(count);
    }

    @Test
    void a_rule_is_edited_then_deactivated() {
        String code = localClass();
        var hw = organization.departmentByCode("HW").orElseThrow();
        var rule = rules.create(new org.urbangrid.dispatch.NewRoutingRule(code, null, hw.id(), "初始"));
        assertThat(mvc.get().uri("/admin/routing?edit=" + rule.id()).with(admin()).exchange()).bodyText()
                .contains("编辑派遣规则 #" + rule.id(), "value=\"初始\"");
        mvc.post().uri("/admin/routing/rules/" + rule.id()).with(admin()).with(csrf()).param("category", code)
                .param("departmentId", String.valueOf(hw.id())).param("note", "改过").param("active", "true").exchange();
        assertThat(rules.require(rule.id()).note()).isEqualTo("改过");
        var off = mvc.post().uri("/admin/routing/rules/" + rule.id() + "/deactivate").with(admin()).with(csrf()).exchange();
        assertThat(off).hasStatus3xxRedirection();
        assertThat(rules.require(rule.id()).active()).isFalse();
    }

    @Test
    void the_tester_refuses_unknown_codes_with_a_message() {
        var answer = mvc.get().uri("/admin/routing/test?category=X99&grid=210231001").with(admin())
                .header("HX-Request", "true").exchange();
        assertThat(answer).hasStatusOk().bodyText().contains("id=\"routing-test-error\"", "“X99”不是已有的小类");
        var place = mvc.get().uri("/admin/routing/test?category=E0102&grid=999").with(admin()).exchange();
        assertThat(place).hasStatusOk().bodyText().contains("<html", "“999”不是已有的");
    }

    private String localClass() {
        String code = AdminPages.freshLocalClass(catalogReader);
        catalog.createLocalClass(code, "测试小类",
                List.of(new ConditionDraft("测试描述", TimeLimit.workHours(4), "已清理", true)));
        return code;
    }
}
