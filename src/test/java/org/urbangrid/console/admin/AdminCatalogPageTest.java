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
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.support.IntegrationTest;

class AdminCatalogPageTest extends IntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogAdministration administration;

    @Test
    void classes_are_searched_by_text_and_filtered_by_kind() {
        var found = mvc.get().uri("/admin/catalog?q=垃圾&kind=EVENT").with(admin()).exchange();
        assertThat(found).hasStatusOk().bodyText().contains("id=\"major-EVENT-01\"", "E0102", "暴露垃圾")
                .doesNotContain("id=\"class-C0101\"");
        var components = mvc.get().uri("/admin/catalog?kind=COMPONENT").with(admin()).exchange();
        assertThat(components).hasStatusOk().bodyText().contains("id=\"class-C0101\"").doesNotContain("id=\"class-E0102\"");
    }

    @Test
    void a_class_page_shows_its_conditions_with_chinese_limit_units() {
        var page = mvc.get().uri("/admin/catalog/E0102").with(admin()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("暴露垃圾", "id=\"condition-form-E0102-01\"",
                "4 工作时", "自然分钟", "自然小时", "工作分钟", "工作日", "结案条件", "id=\"condition-add-form\"");
    }

    @Test
    void editing_a_condition_changes_its_limit() {
        String code = localClass();
        var saved = mvc.post().uri("/admin/catalog/conditions/" + code + "-01").with(admin()).with(csrf())
                .param("description", "新描述").param("limitAmount", "3").param("limitUnit", "WORK_DAYS")
                .param("closingCondition", "已清理").param("active", "true").exchange();
        assertThat(saved).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/catalog/" + code);
        var condition = catalog.condition(code + "-01").orElseThrow();
        assertThat(condition.handlingLimit()).isEqualTo(new TimeLimit(3, LimitUnit.WORK_DAYS));
        assertThat(condition.description()).isEqualTo("新描述");
        assertThat(mvc.get().uri("/admin/catalog/" + code).with(admin()).exchange()).bodyText().contains("3 工作日");
    }

    @Test
    void a_bad_limit_is_refused_with_a_message_and_nothing_changes() {
        String code = localClass();
        var refused = mvc.post().uri("/admin/catalog/conditions/" + code + "-01").with(admin()).with(csrf())
                .param("description", "改了").param("limitAmount", "0").param("limitUnit", "WORK_HOURS")
                .param("closingCondition", "已清理").param("active", "true").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("时限“0”无效", "以工作时计", "1 到 720");
        var unit = mvc.post().uri("/admin/catalog/conditions/" + code + "-01").with(admin()).with(csrf())
                .param("description", "改了").param("limitAmount", "2").param("limitUnit", "FORTNIGHTS")
                .param("closingCondition", "已清理").exchange();
        assertThat(unit).hasStatus(400).bodyText().contains("时限单位“FORTNIGHTS”无效");
        var condition = catalog.condition(code + "-01").orElseThrow();
        assertThat(condition.handlingLimit()).isEqualTo(TimeLimit.workHours(4));
        assertThat(condition.description()).isEqualTo("测试描述");
    }

    @Test
    void unticking_active_deactivates_a_condition() {
        String code = localClass();
        mvc.post().uri("/admin/catalog/conditions/" + code + "-01").with(admin()).with(csrf())
                .param("description", "测试描述").param("limitAmount", "4").param("limitUnit", "WORK_HOURS")
                .param("closingCondition", "已清理").exchange();
        assertThat(catalog.condition(code + "-01").orElseThrow().active()).isFalse();
    }

    @Test
    void a_condition_is_added_to_a_class() {
        String code = localClass();
        var added = mvc.post().uri("/admin/catalog/" + code + "/conditions").with(admin()).with(csrf())
                .param("description", "第二种情形").param("limitAmount", "30").param("limitUnit", "NATURAL_MINUTES")
                .param("closingCondition", "已处理").exchange();
        assertThat(added).hasStatus3xxRedirection();
        assertThat(catalog.condition(code + "-02").orElseThrow().handlingLimit())
                .isEqualTo(new TimeLimit(30, LimitUnit.NATURAL_MINUTES));
    }

    @Test
    void a_local_class_is_added_from_the_list_page() {
        String code = AdminPages.freshLocalClass(catalog);
        var created = mvc.post().uri("/admin/catalog/classes").with(admin()).with(csrf()).param("code", code)
                .param("name", "井盖标识牌").param("description", "标识牌缺失").param("limitAmount", "2")
                .param("limitUnit", "WORK_DAYS").param("closingCondition", "已补装").exchange();
        assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/catalog/" + code);
        assertThat(catalog.findClass(code)).isPresent();
        assertThat(catalog.conditionsOf(code)).hasSize(1);
    }

    @Test
    void a_class_code_outside_21xx_is_refused_with_the_catalog_message() {
        var refused = mvc.post().uri("/admin/catalog/classes").with(admin()).with(csrf()).param("code", "E9901")
                .param("name", "不行").param("description", "x").param("limitAmount", "2")
                .param("limitUnit", "WORK_DAYS").param("closingCondition", "y").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("class=\"flash error\"", "E9901");
        assertThat(catalog.findClass("E9901")).isEmpty();
    }

    private String localClass() {
        String code = AdminPages.freshLocalClass(catalog);
        administration.createLocalClass(code, "测试小类",
                List.of(new ConditionDraft("测试描述", TimeLimit.workHours(4), "已清理", true)));
        return code;
    }
}
