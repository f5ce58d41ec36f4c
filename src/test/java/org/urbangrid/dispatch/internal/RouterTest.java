package org.urbangrid.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.urbangrid.catalog.ComponentRecord;
import org.urbangrid.catalog.ComponentState;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;

class RouterTest {

    private static final String GRID = "210231001001003";
    private static final String COMMUNITY = "210231001001";
    private static final String STREET = "210231001";

    private final List<RoutingRule> rules = new ArrayList<>();
    private final Map<Long, Department> departments = new HashMap<>();
    private final Map<String, ComponentRecord> components = new HashMap<>();
    private long nextId = 1;

    RouterTest() {
        for (long id = 100; id < 120; id++) {
            departments.put(id, new Department(id, "D" + id, "部门" + id, null, DepartmentKind.BUREAU, null, true));
        }
    }

    @Test
    void condition_beats_class_beats_major_class() {
        rule("E01", null, 101);
        rule("E0102", null, 102);
        rule("E0102-01", null, 103);
        assertThat(route("E0102-01", GRID)).isEqualTo(103L);
        assertThat(route("E0102-02", GRID)).isEqualTo(102L);
        assertThat(route("E0103-01", GRID)).isEqualTo(101L);
    }

    @Test
    void unit_grid_beats_community_beats_street_beats_district() {
        rule("E0102", null, 100);
        rule("E0102", STREET, 101);
        rule("E0102", COMMUNITY, 102);
        rule("E0102", GRID, 103);
        assertThat(route("E0102-01", GRID)).isEqualTo(103L);
        assertThat(route("E0102-01", COMMUNITY + "009")).isEqualTo(102L);
        assertThat(route("E0102-01", STREET + "002001")).isEqualTo(101L);
        assertThat(route("E0102-01", "210231004001001")).isEqualTo(100L);
    }

    @Test
    void category_specificity_outranks_area_specificity() {
        rule("E05", STREET, 101);
        rule("E0505", null, 102);
        rule("E05", GRID, 103);
        assertThat(route("E0505-01", GRID)).isEqualTo(102L);
        assertThat(route("E0501-01", GRID)).isEqualTo(103L);
        assertThat(route("E0501-01", STREET + "004001")).isEqualTo(101L);
    }

    @Test
    void between_identical_parts_the_higher_priority_wins_then_the_older_rule() {
        long older = rule("E0102", STREET, 101, 0);
        rule("E0102", STREET, 102, 0);
        assertThat(suggest("E0102-01", GRID).orElseThrow().ruleId()).isEqualTo(older);
        long urgent = rule("E0102", STREET, 103, 5);
        assertThat(suggest("E0102-01", GRID).orElseThrow().ruleId()).isEqualTo(urgent);
    }

    @Test
    void no_matching_rule_gives_nothing() {
        rule("E01", null, 101);
        rule("E05", "210231002", 102);
        assertThat(suggest("E0501-01", GRID)).isEmpty();
        assertThat(suggest("C0101-01", GRID)).isEmpty();
    }

    @Test
    void an_explicit_catch_all_rule_takes_whatever_nothing_else_does() {
        rule(null, null, 109);
        rule("E01", null, 101);
        assertThat(route("E0102-01", GRID)).isEqualTo(101L);
        assertThat(route("C0301-01", null)).isEqualTo(109L);
    }

    @Test
    void inactive_rules_are_ignored() {
        rule("E01", null, 101);
        rules.add(new RoutingRule(nextId++, "E0102", null, 102, null, 0, false, Instant.EPOCH, Instant.EPOCH));
        assertThat(route("E0102-01", GRID)).isEqualTo(101L);
    }

    @Test
    void a_rule_whose_department_was_deactivated_is_passed_over() {
        rule("E01", null, 101);
        rule("E0102", null, 102);
        departments.put(102L, new Department(102, "D102", "部门102", null, DepartmentKind.BUREAU, null, false));
        assertThat(route("E0102-01", GRID)).isEqualTo(101L);
    }

    @Test
    void the_component_owner_wins_over_every_rule() {
        rule("C0101-01", GRID, 101);
        components.put("2102310101000001", component("C0101", 110L));
        var suggestion = new Router(RuleIndex.of(rules), this::component, this::department, Router.Names.NONE)
                .suggest(new RoutingQuery("C0101", "C0101-01", GRID, null, null, "2102310101000001")).orElseThrow();
        assertThat(suggestion.departmentId()).isEqualTo(110L);
        assertThat(suggestion.ruleId()).isNull();
        assertThat(suggestion.reason()).isEqualTo("部件权属单位: 部门110");
    }

    @Test
    void a_component_without_owner_is_routed_by_its_class_and_grid() {
        rule("C01", null, 101);
        rule("C01", GRID, 102);
        components.put("2102310101000002", component("C0101", null));
        var query = new RoutingQuery(null, null, null, null, null, "2102310101000002");
        var suggestion = new Router(RuleIndex.of(rules), this::component, this::department, Router.Names.NONE)
                .suggest(query).orElseThrow();
        assertThat(suggestion.departmentId()).isEqualTo(102L);
    }

    @Test
    void an_unknown_component_routes_like_no_component() {
        rule("C01", null, 101);
        var suggestion = new Router(RuleIndex.of(rules), this::component, this::department, Router.Names.NONE)
                .suggest(new RoutingQuery("C0105", null, GRID, null, null, "2102310105999999")).orElseThrow();
        assertThat(suggestion.departmentId()).isEqualTo(101L);
    }

    @Test
    void the_reason_names_the_rule_its_category_its_area_and_the_department() {
        long id = rule("E0102", STREET, 104);
        var suggestion = new Router(RuleIndex.of(rules), this::component, this::department,
                new Router.Names() {
                    @Override
                    public Optional<String> category(String code) {
                        return code.equals("E0102") ? Optional.of("暴露垃圾") : Optional.empty();
                    }

                    @Override
                    public Optional<String> area(String code) {
                        return code.equals(STREET) ? Optional.of("凌水街道") : Optional.empty();
                    }
                })
                .suggest(new RoutingQuery(null, "E0102-01", GRID, null, null, null)).orElseThrow();
        assertThat(suggestion.reason()).isEqualTo("规则 #" + id + ": E0102 暴露垃圾 @ 210231001 凌水街道 → 部门104");
    }

    @Test
    void a_rule_without_a_known_name_shows_its_code_and_a_catch_all_says_so() {
        long id = rule("E04", null, 105);
        assertThat(suggest("E0401-01", GRID).orElseThrow().reason()).isEqualTo("规则 #" + id + ": E04 @ 全区 → 部门105");
        long any = rule(null, STREET, 106);
        assertThat(suggest("C0101-01", GRID).orElseThrow().reason()).isEqualTo("规则 #" + any + ": 全部类别 @ 210231001 → 部门106");
    }

    private long route(String condition, String grid) {
        return suggest(condition, grid).map(RoutingSuggestion::departmentId).orElse(-1L);
    }

    private Optional<RoutingSuggestion> suggest(String condition, String grid) {
        var router = new Router(RuleIndex.of(rules), this::component, this::department, Router.Names.NONE);
        return router.suggest(new RoutingQuery(null, condition, grid, null, null, null));
    }

    private long rule(String category, String area, long department) {
        return rule(category, area, department, 0);
    }

    private long rule(String category, String area, long department, int priority) {
        long id = nextId++;
        rules.add(new RoutingRule(id, category, area, department, null, priority, true, Instant.EPOCH, Instant.EPOCH));
        return id;
    }

    private Optional<ComponentRecord> component(String code) {
        return Optional.ofNullable(components.get(code));
    }

    private Optional<Department> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }

    private static ComponentRecord component(String classCode, Long owner) {
        return new ComponentRecord("2102310101000001", classCode, "上水井盖", 38.87, 121.52, GRID, owner, null,
                ComponentState.DAMAGED);
    }
}
