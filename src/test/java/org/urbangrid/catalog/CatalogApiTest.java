package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

class CatalogApiTest extends IntegrationTest {

    static final String ADMIN = CatalogUsers.ADMIN;
    static final String OPERATOR = CatalogUsers.OPERATOR;

    @Autowired
    Organization organization;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void users() {
        CatalogUsers.ensure(organization);
    }

    static String condition(String description, int amount, String unit) {
        return """
                {"description":"%s","limitAmount":%d,"limitUnit":"%s","closingCondition":"已处理完毕"}"""
                .formatted(description, amount, unit);
    }

    static String newClass(String code, String name, String... conditions) {
        return """
                {"code":"%s","name":"%s","conditions":[%s]}""".formatted(code, name, String.join(",", conditions));
    }

    @Test
    void pickers_search_classes_by_name_within_a_kind() {
        var result = api.get(OPERATOR, "/api/catalog/classes?kind=COMPONENT&q=井盖");
        assertThat(result).hasStatusOk();
        List<String> codes = Api.read(result, "$[*].code");
        assertThat(codes).contains("C0101", "C0111", "C0130").allMatch(code -> code.startsWith("C"));
        assertThat(Api.<List<String>>read(result, "$[*].name")).allMatch(name -> name.contains("井盖"));
    }

    @Test
    void pickers_search_classes_by_code_ignoring_case() {
        var result = api.get(OPERATOR, "/api/catalog/classes?q=e0102");
        assertThat(Api.<List<String>>read(result, "$[*].name")).containsExactly("暴露垃圾");
        assertThat(Api.<String>read(result, "$[0].majorName")).isEqualTo("市容环境");
    }

    @Test
    void a_class_is_shown_with_its_conditions_and_limits() {
        var result = api.get(OPERATOR, "/api/catalog/classes/E0101");
        assertThat(result).hasStatusOk();
        assertThat(Api.<List<String>>read(result, "$.conditions[*].code")).containsExactly("E0101-01", "E0101-02", "E0101-03");
        assertThat(Api.<List<Integer>>read(result, "$.conditions[*].handlingLimit.amount")).containsExactly(4, 7, 20);
        assertThat(Api.<String>read(result, "$.conditions[0].handlingLimit.unit")).isEqualTo("WORK_HOURS");
    }

    @Test
    void the_catalogue_is_only_for_signed_in_staff() {
        var anonymous = mvc.get().uri("/api/catalog/classes").exchange();
        assertThat(anonymous).hasStatus(401);
    }

    @Test
    void an_unknown_class_is_404() {
        var result = api.get(OPERATOR, "/api/catalog/classes/E0177");
        assertThat(result).hasStatus(404);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.catalog.class-unknown");
    }

    @Test
    void admin_adds_a_local_class_with_its_conditions_numbered_in_order() {
        var created = api.post(ADMIN, "/api/catalog/classes", newClass("E2150", "共享单车淤积",
                condition("共享单车堆积影响通行", 4, "WORK_HOURS"), condition("共享单车损坏倒伏", 1, "WORK_DAYS")));
        assertThat(created).hasStatus(201);
        assertThat(Api.<String>read(created, "$.kind")).isEqualTo("EVENT");
        assertThat(Api.<Boolean>read(created, "$.local")).isTrue();
        assertThat(Api.<List<String>>read(created, "$.conditions[*].code")).containsExactly("E2150-01", "E2150-02");
        assertThat(catalog.requireActiveCondition("E2150-02").handlingLimit().unit()).isEqualTo(LimitUnit.WORK_DAYS);
    }

    @Test
    void a_local_class_needs_a_21xx_code_a_free_code_and_a_condition() {
        var national = api.post(ADMIN, "/api/catalog/classes", newClass("E0120", "新类", condition("x", 1, "WORK_DAYS")));
        assertThat(national).hasStatus(400);
        assertThat(Api.<String>read(national, "$.code")).isEqualTo("error.validation");
        var noCondition = api.post(ADMIN, "/api/catalog/classes", newClass("E2151", "新类"));
        assertThat(noCondition).hasStatus(400);
        var taken = api.post(ADMIN, "/api/catalog/classes", newClass("E2101", "重复", condition("x", 1, "WORK_DAYS")));
        assertThat(taken).hasStatus(409);
        assertThat(Api.<String>read(taken, "$.code")).isEqualTo("error.catalog.class-code-taken");
        assertThat(catalog.findClass("E0120")).isEmpty();
        assertThat(catalog.findClass("E2151")).isEmpty();
        assertThat(catalog.findClass("E2101")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("餐饮油烟污染"));
    }

    @Test
    void admin_adds_a_condition_to_a_national_class() {
        var added = api.post(ADMIN, "/api/catalog/classes/C0402/conditions", condition("行道树遮挡交通标志", 3, "WORK_DAYS"));
        assertThat(added).hasStatus(201);
        assertThat(Api.<String>read(added, "$.code")).isEqualTo("C0402-03");
        assertThat(Api.<String>read(added, "$.className")).isEqualTo("行道树");
    }

    @Test
    void admin_changes_a_limit_and_deactivates_a_condition_instead_of_deleting_it() {
        var changed = api.put(ADMIN, "/api/catalog/conditions/E0199-01", """
                {"description":"其他市容环境问题","limitAmount":3,"limitUnit":"WORK_DAYS",
                 "closingCondition":"问题已处置","active":false}""");
        assertThat(changed).hasStatusOk();
        assertThat(Api.<Integer>read(changed, "$.handlingLimit.amount")).isEqualTo(3);
        assertThat(catalog.condition("E0199-01")).hasValueSatisfying(c -> assertThat(c.active()).isFalse());
        assertThatThrownBy(() -> catalog.requireActiveCondition("E0199-01")).isInstanceOf(UrbanGridException.class)
                .extracting("messageKey").isEqualTo("error.catalog.condition-inactive");
        assertThat(api.delete(ADMIN, "/api/catalog/conditions/E0199-01")).hasStatus(405);
        assertThat(catalog.condition("E0199-01")).isPresent();
    }

    @Test
    void bad_limits_and_units_are_refused_and_nothing_changes() {
        var before = catalog.condition("E0299-01").orElseThrow();
        var zero = api.put(ADMIN, "/api/catalog/conditions/E0299-01", condition("x", 0, "WORK_DAYS"));
        assertThat(zero).hasStatus(400);
        var unit = api.put(ADMIN, "/api/catalog/conditions/E0299-01", condition("x", 2, "FORTNIGHTS"));
        assertThat(unit).hasStatus(400);
        assertThat(Api.<List<String>>read(unit, "$.errors[*].message")).anyMatch(m -> m.contains("WORK_DAYS"));
        var blank = api.put(ADMIN, "/api/catalog/conditions/E0299-01", condition(" ", 2, "WORK_DAYS"));
        assertThat(blank).hasStatus(400);
        assertThat(catalog.condition("E0299-01")).contains(before);
    }

    @Test
    void only_an_administrator_edits_the_catalogue() {
        assertThat(api.post(OPERATOR, "/api/catalog/classes", newClass("E2152", "x", condition("x", 1, "WORK_DAYS"))))
                .hasStatus(403);
        assertThat(api.post(OPERATOR, "/api/catalog/classes/E0102/conditions", condition("x", 1, "WORK_DAYS")))
                .hasStatus(403);
        assertThat(api.put(OPERATOR, "/api/catalog/conditions/E0102-01", condition("x", 1, "WORK_DAYS")))
                .hasStatus(403);
        assertThat(api.put(OPERATOR, "/api/catalog/classes/E0102", "{\"name\":\"x\",\"active\":false}"))
                .hasStatus(403);
        assertThat(catalog.requireActiveCondition("E0102-01").description()).isNotEqualTo("x");
        assertThat(catalog.findClass("E2152")).isEmpty();
    }

    @Test
    void a_deactivated_class_cannot_be_filed_under() {
        api.post(ADMIN, "/api/catalog/classes", newClass("E2153", "临时类", condition("临时问题", 1, "WORK_DAYS")));
        var off = api.put(ADMIN, "/api/catalog/classes/E2153", "{\"name\":\"临时类(停用)\",\"active\":false}");
        assertThat(off).hasStatusOk();
        assertThat(Api.<Boolean>read(off, "$.active")).isFalse();
        assertThatThrownBy(() -> catalog.requireActiveCondition("E2153-01")).isInstanceOf(UrbanGridException.class)
                .extracting("messageKey").isEqualTo("error.catalog.condition-inactive");
    }

    @Test
    void an_unknown_condition_is_a_400_naming_it_in_the_requested_language() {
        assertThatThrownBy(() -> catalog.requireActiveCondition("E0102-42")).isInstanceOf(UrbanGridException.class)
                .satisfies(e -> {
                    var refusal = (UrbanGridException) e;
                    assertThat(refusal.status().value()).isEqualTo(400);
                    assertThat(refusal.messageKey()).isEqualTo("error.catalog.condition-unknown");
                    assertThat(refusal.args()).containsExactly("E0102-42");
                });
        var en = mvc.get().uri("/api/catalog/conditions/E0102-42").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + api.token(OPERATOR)).exchange();
        assertThat(en).hasStatus(404);
        assertThat(Api.<String>read(en, "$.detail")).isEqualTo("Filing condition E0102-42 does not exist.");
    }
}
