package org.urbangrid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Routing rules through the API and the policy, the same on H2 and PostgreSQL. Categories are local classes
 * the catalogue does not seed (E219x) and areas a made-up district (999999) so that no demo rule interferes.
 */
abstract class RoutingRulesContract extends IntegrationTest {

    static final String ADMIN = "rt-admin";
    static final String INSPECTOR = "rt-inspector";
    static final String STREET = "999999001";
    static final String GRID = "999999001002003";

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoutingPolicy policy;

    @BeforeEach
    void staffAndDepartments() {
        staff(ADMIN, Role.ADMIN);
        staff(INSPECTOR, Role.INSPECTOR);
        department("RT-A", "测试部门甲");
        department("RT-B", "测试部门乙");
        if (organization.departmentByCode("RT-OFF").isEmpty()) {
            department("RT-OFF", "已停用部门");
            jdbc.sql("update department set active = false where code = 'RT-OFF'").update();
        }
    }

    @Test
    void admin_creates_a_rule_that_any_staff_member_can_list() {
        var created = api.post(ADMIN, "/api/routing/rules", rule("E2191", STREET, "RT-A", "测试规则"));
        assertThat(created).hasStatus(201);
        assertThat(Api.<String>read(created, "$.categoryLevel")).isEqualTo("CLASS");
        assertThat(Api.<String>read(created, "$.areaLevel")).isEqualTo("STREET");
        assertThat(Api.<String>read(created, "$.departmentCode")).isEqualTo("RT-A");
        assertThat(Api.<Boolean>read(created, "$.active")).isTrue();
        int id = Api.read(created, "$.id");
        var listed = api.get(INSPECTOR, "/api/routing/rules");
        assertThat(listed).hasStatusOk();
        assertThat(Api.<List<Integer>>read(listed, "$[*].id")).contains(id);
    }

    @Test
    void a_new_rule_routes_at_once_and_a_deactivated_one_no_longer_does() {
        int id = Api.read(api.post(ADMIN, "/api/routing/rules", rule("E2192", null, "RT-A", null)), "$.id");
        var matched = api.get(INSPECTOR, "/api/routing/suggest?classCode=E2192&unitGridCode=" + GRID);
        assertThat(Api.<Boolean>read(matched, "$.matched")).isTrue();
        assertThat(Api.<Integer>read(matched, "$.ruleId")).isEqualTo(id);
        assertThat(Api.<String>read(matched, "$.departmentCode")).isEqualTo("RT-A");
        assertThat(Api.<String>read(matched, "$.reason")).startsWith("规则 #" + id + ": E2192").endsWith("@ 全区 → 测试部门甲");
        assertThat(Api.<String>read(matched, "$.streetCode")).isEqualTo(STREET);

        var deleted = api.delete(ADMIN, "/api/routing/rules/{id}", id);
        assertThat(deleted).hasStatusOk();
        assertThat(Api.<Boolean>read(deleted, "$.active")).isFalse();
        var after = api.get(INSPECTOR, "/api/routing/suggest?classCode=E2192&unitGridCode=" + GRID);
        assertThat(Api.<Boolean>read(after, "$.matched")).isFalse();
        assertThat(Api.<List<Integer>>read(api.get(ADMIN, "/api/routing/rules"), "$[*].id")).doesNotContain(id);
        assertThat(Api.<List<Integer>>read(api.get(ADMIN, "/api/routing/rules?includeInactive=true"), "$[*].id"))
                .contains(id);
    }

    @Test
    void the_reason_names_the_class_from_the_catalogue() {
        int id = Api.read(api.post(ADMIN, "/api/routing/rules", rule("E0102", STREET, "RT-A", null)), "$.id");
        var result = api.get(INSPECTOR, "/api/routing/suggest?conditionCode=E0102-01&unitGridCode=" + GRID);
        assertThat(Api.<String>read(result, "$.reason")).isEqualTo("规则 #" + id + ": E0102 暴露垃圾 @ 999999001 → 测试部门甲");
    }

    @Test
    void no_matching_rule_is_an_answer_not_an_error() {
        var result = api.get(INSPECTOR, "/api/routing/suggest?conditionCode=C2199-01&unitGridCode=" + GRID);
        assertThat(result).hasStatusOk();
        assertThat(Api.<Boolean>read(result, "$.matched")).isFalse();
        assertThat(Api.<String>read(result, "$.reason")).contains("没有匹配的派遣规则");
        assertThat(policy.suggest(new RoutingQuery(null, "C2199-01", GRID, null, null, null))).isEmpty();
    }

    @Test
    void the_grid_rule_beats_the_street_rule_and_the_condition_rule_beats_both() {
        api.post(ADMIN, "/api/routing/rules", rule("E2193", STREET, "RT-A", null));
        api.post(ADMIN, "/api/routing/rules", rule("E2193", GRID, "RT-B", null));
        assertThat(departmentFor("E2193-01", GRID)).isEqualTo("RT-B");
        assertThat(departmentFor("E2193-01", "999999001009009")).isEqualTo("RT-A");
        api.post(ADMIN, "/api/routing/rules", rule("E2193-02", null, "RT-A", null));
        assertThat(departmentFor("E2193-02", GRID)).isEqualTo("RT-A");
    }

    @Test
    void put_replaces_a_rule_and_can_bring_it_back() {
        int id = Api.read(api.post(ADMIN, "/api/routing/rules", rule("E2194", null, "RT-A", null)), "$.id");
        api.delete(ADMIN, "/api/routing/rules/{id}", id);
        var replaced = api.put(ADMIN, "/api/routing/rules/{id}", """
                {"category":"E2194","areaCode":"%s","departmentId":%d,"note":"改派","priority":3,"active":true}"""
                .formatted(STREET, departmentId("RT-B")), id);
        assertThat(replaced).hasStatusOk();
        assertThat(Api.<Boolean>read(replaced, "$.active")).isTrue();
        assertThat(Api.<Integer>read(replaced, "$.priority")).isEqualTo(3);
        assertThat(Api.<String>read(replaced, "$.note")).isEqualTo("改派");
        assertThat(departmentFor("E2194-01", GRID)).isEqualTo("RT-B");
    }

    @Test
    void malformed_codes_are_refused_naming_the_field_and_nothing_is_stored() {
        long before = ruleCount();
        var category = api.post(ADMIN, "/api/routing/rules", rule("E21", STREET, "RT-A", null).replace("\"E21\"", "\"E2\""));
        assertThat(category).hasStatus(400);
        assertThat(Api.<String>read(category, "$.code")).isEqualTo("error.routing.category-shape");
        assertThat(Api.<String>read(category, "$.field")).isEqualTo("category");
        var area = api.post(ADMIN, "/api/routing/rules", rule("E2195", "9999990", "RT-A", null));
        assertThat(area).hasStatus(400);
        assertThat(Api.<String>read(area, "$.code")).isEqualTo("error.routing.area-shape");
        assertThat(Api.<String>read(area, "$.detail")).contains("9999990");
        assertThat(ruleCount()).isEqualTo(before);
    }

    @Test
    void unknown_missing_or_inactive_departments_are_refused() {
        var unknown = api.post(ADMIN, "/api/routing/rules", "{\"category\":\"E2196\",\"departmentId\":987654321}");
        assertThat(Api.<String>read(unknown, "$.code")).isEqualTo("error.routing.department-unknown");
        var inactive = api.post(ADMIN, "/api/routing/rules", rule("E2196", null, "RT-OFF", null));
        assertThat(inactive).hasStatus(400);
        assertThat(Api.<String>read(inactive, "$.code")).isEqualTo("error.routing.department-inactive");
        var missing = api.post(ADMIN, "/api/routing/rules", "{\"category\":\"E2196\"}");
        assertThat(missing).hasStatus(400);
        assertThat(Api.<String>read(missing, "$.code")).isEqualTo("error.validation");
    }

    @Test
    void only_administrators_change_rules() {
        int id = Api.read(api.post(ADMIN, "/api/routing/rules", rule("E2197", null, "RT-A", null)), "$.id");
        assertThat(api.post(INSPECTOR, "/api/routing/rules", rule("E2197", null, "RT-B", null))).hasStatus(403);
        assertThat(api.put(INSPECTOR, "/api/routing/rules/{id}", rule("E2197", null, "RT-B", null), id)).hasStatus(403);
        assertThat(api.delete(INSPECTOR, "/api/routing/rules/{id}", id)).hasStatus(403);
        assertThat(departmentFor("E2197-01", GRID)).isEqualTo("RT-A");
    }

    @Test
    void changing_a_rule_that_does_not_exist_is_404() {
        var result = api.put(ADMIN, "/api/routing/rules/{id}", rule("E2198", null, "RT-A", null), 987654321);
        assertThat(result).hasStatus(404);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.routing.rule-not-found");
        assertThat(api.delete(ADMIN, "/api/routing/rules/{id}", 987654321)).hasStatus(404);
    }

    @Test
    void the_tester_checks_its_parameters() {
        var badClass = api.get(INSPECTOR, "/api/routing/suggest?classCode=E21&unitGridCode=" + GRID);
        assertThat(badClass).hasStatus(400);
        assertThat(Api.<String>read(badClass, "$.code")).isEqualTo("error.validation");
        var halfPosition = api.get(INSPECTOR, "/api/routing/suggest?classCode=E2191&lat=38.9");
        assertThat(halfPosition).hasStatus(400);
        assertThat(Api.<String>read(halfPosition, "$.code")).isEqualTo("error.routing.lat-lng-pair");
    }

    @Test
    void a_change_made_on_another_node_is_seen_within_seconds() {
        int id = Api.read(api.post(ADMIN, "/api/routing/rules", rule("C2196", null, "RT-A", null)), "$.id");
        // What another node does: change the rule and move the cache's version in the same transaction.
        jdbc.sql("update routing_rule set department_id = ? where id = ?").params(departmentId("RT-B"), id).update();
        assertThat(departmentFor("C2196-01", GRID)).as("not told yet").isEqualTo("RT-A");
        jdbc.sql("update cache_version set version = version + 1 where name = 'routing-rules'").update();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(departmentFor("C2196-01", GRID)).isEqualTo("RT-B"));
    }

    @Test
    void equal_rules_are_decided_by_priority() {
        api.post(ADMIN, "/api/routing/rules", rule("E2199", STREET, "RT-A", null));
        api.post(ADMIN, "/api/routing/rules", """
                {"category":"E2199","areaCode":"%s","departmentId":%d,"priority":1}""".formatted(STREET, departmentId("RT-B")));
        assertThat(departmentFor("E2199-01", GRID)).isEqualTo("RT-B");
    }

    private String departmentFor(String condition, String grid) {
        var result = api.get(INSPECTOR, "/api/routing/suggest?conditionCode=" + condition + "&unitGridCode=" + grid);
        assertThat(result).hasStatusOk();
        return Api.<Boolean>read(result, "$.matched") ? Api.read(result, "$.departmentCode") : null;
    }

    private String rule(String category, String area, String department, String note) {
        return "{\"category\":%s,\"areaCode\":%s,\"departmentId\":%d,\"note\":%s}".formatted(quoted(category), quoted(area),
                departmentId(department), quoted(note));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private long departmentId(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    private long ruleCount() {
        return jdbc.sql("select count(*) from routing_rule").query(Long.class).single();
    }

    private void staff(String username, Role role) {
        if (organization.staffByUsername(username).isEmpty()) {
            organization.createStaff(new NewStaff(username, username, Api.DEMO_PASSWORD, role, null, null, null));
        }
    }

    private void department(String code, String name) {
        if (organization.departmentByCode(code).isEmpty()) {
            organization.createDepartment(new NewDepartment(code, name, null, DepartmentKind.BUREAU, null));
        }
    }
}
