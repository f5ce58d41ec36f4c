package org.urbangrid.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.urbangrid.dispatch.FrontageSupervision;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;

/** A rule routing to "the frontage unit's supervising department" (门前三包监管部门). */
class FrontageRouterTest {

    private static final String GRID = "210231001001003";
    private static final String STREET = "210231001";
    private static final double IN_LAT = 38.88;
    private static final double IN_LNG = 121.50;

    private final List<RoutingRule> rules = new ArrayList<>();
    private final Map<Long, Department> departments = new HashMap<>();

    /** One shop's frontage at (38.88, 121.50), supervised by department 150 (active) or 151 (inactive). */
    private long supervisor = 150;
    private final FrontageSupervision frontages = (lat, lng) -> lat == IN_LAT && lng == IN_LNG
            ? Optional.of(new FrontageSupervision.Supervisor(7, "鑫隆烧烤店", supervisor)) : Optional.empty();

    FrontageRouterTest() {
        for (long id = 100; id < 160; id++) {
            departments.put(id, new Department(id, "D" + id, "部门" + id, null, DepartmentKind.BUREAU, null, id != 151));
        }
    }

    @Test
    void a_case_in_a_frontage_goes_to_the_units_supervising_department_and_the_reason_names_the_unit() {
        rule("E05", STREET, 101, false);
        long id = rule("E0504", STREET, 102, true);
        var s = suggest("E0504-01", IN_LAT, IN_LNG).orElseThrow();
        assertThat(s.departmentId()).isEqualTo(150);
        assertThat(s.ruleId()).isEqualTo(id);
        assertThat(s.frontageUnit()).isEqualTo("鑫隆烧烤店");
        assertThat(s.reason()).contains("门前三包责任单位 鑫隆烧烤店", "部门150");
    }

    @Test
    void outside_every_frontage_or_without_a_position_the_rule_takes_its_own_department() {
        rule("E0504", STREET, 102, true);
        assertThat(suggest("E0504-01", 38.9, 121.6).orElseThrow().departmentId()).isEqualTo(102);
        assertThat(suggest("E0504-01", null, null).orElseThrow()).satisfies(s -> {
            assertThat(s.departmentId()).isEqualTo(102);
            assertThat(s.frontageUnit()).isNull();
        });
    }

    @Test
    void an_inactive_supervising_department_falls_back_to_the_rules_own() {
        rule("E0504", STREET, 102, true);
        supervisor = 151;
        assertThat(suggest("E0504-01", IN_LAT, IN_LNG).orElseThrow().departmentId()).isEqualTo(102);
    }

    @Test
    void a_plain_rule_ignores_frontages_and_specificity_still_decides_first() {
        rule("E0504", STREET, 102, true);
        rule("E0504-01", null, 103, false);
        assertThat(suggest("E0504-01", IN_LAT, IN_LNG).orElseThrow().departmentId()).isEqualTo(103);
        assertThat(suggest("E0504-02", IN_LAT, IN_LNG).orElseThrow().departmentId()).isEqualTo(150);
    }

    @Test
    void without_the_frontage_module_the_rule_is_a_plain_one() {
        rule("E0504", STREET, 102, true);
        var router = new Router(RuleIndex.of(rules), code -> Optional.empty(), this::department, Router.Names.NONE);
        assertThat(router.suggest(query("E0504-01", IN_LAT, IN_LNG)).orElseThrow().departmentId()).isEqualTo(102);
    }

    private Optional<RoutingSuggestion> suggest(String condition, Double lat, Double lng) {
        var router = new Router(RuleIndex.of(rules), code -> Optional.empty(), this::department, Router.Names.NONE,
                frontages);
        return router.suggest(query(condition, lat, lng));
    }

    private static RoutingQuery query(String condition, Double lat, Double lng) {
        return new RoutingQuery(null, condition, GRID, null, null, null, lat, lng);
    }

    private long rule(String category, String area, long department, boolean frontage) {
        long id = rules.size() + 1;
        rules.add(new RoutingRule(id, category, area, department, null, 0, true, Instant.EPOCH, Instant.EPOCH, frontage));
        return id;
    }

    private Optional<Department> department(long id) {
        return Optional.ofNullable(departments.get(id));
    }
}
