package org.urbangrid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.Components;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The routing tester with the real grid locator and component register of the demo district. */
class RoutingOnTheMapTest extends IntegrationTest {

    private static final String GRID = "210231001001001";
    private static final String USER = "rt-map-admin";

    @Autowired
    Grids grids;

    @Autowired
    DemoGrids demoGrids;

    @Autowired
    Components components;

    @Autowired
    Organization organization;

    @Autowired
    RoutingRules rules;

    @BeforeEach
    void districtAndAccounts() {
        synchronized (RoutingOnTheMapTest.class) {
            if (grids.find(DemoGrids.DISTRICT).isEmpty()) {
                demoGrids.load();
            }
        }
        if (organization.staffByUsername(USER).isEmpty()) {
            organization.createStaff(new NewStaff(USER, USER, Api.DEMO_PASSWORD, Role.ADMIN, null, null, null));
        }
        for (var code : new String[] {"RT-MAP-A", "RT-MAP-B"}) {
            if (organization.departmentByCode(code).isEmpty()) {
                organization.createDepartment(new NewDepartment(code, "地图测试" + code.charAt(7), null, DepartmentKind.BUREAU, null));
            }
        }
    }

    @Test
    void a_position_is_placed_in_its_unit_grid_and_routed_there() {
        var rule = rules.create(new NewRoutingRule("E2196", GRID, department("RT-MAP-A"), null));
        var at = grids.centroidOf(GRID);
        var result = api.get(USER, "/api/routing/suggest?classCode=E2196&lat={lat}&lng={lng}", at.latitude(), at.longitude());
        assertThat(result).hasStatusOk();
        assertThat(Api.<String>read(result, "$.unitGridCode")).isEqualTo(GRID);
        assertThat(Api.<String>read(result, "$.streetCode")).isEqualTo("210231001");
        assertThat(Api.<String>read(result, "$.departmentCode")).isEqualTo("RT-MAP-A");
        var gridName = grids.nameOf(GRID).orElseThrow();
        assertThat(Api.<String>read(result, "$.reason"))
                .isEqualTo("规则 #" + rule.id() + ": E2196 @ " + GRID + " " + gridName + " → 地图测试A");
    }

    @Test
    void a_position_outside_the_district_is_refused() {
        var result = api.get(USER, "/api/routing/suggest?classCode=E2196&lat=39.9&lng=116.4");
        assertThat(result).hasStatus(422);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.grid.outside");
    }

    @Test
    void position_and_grid_code_together_are_refused() {
        var result = api.get(USER, "/api/routing/suggest?classCode=E2196&lat=38.8&lng=121.5&unitGridCode=" + GRID);
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.routing.one-location");
    }

    @Test
    void the_owner_of_a_registered_component_wins_over_the_rules() {
        rules.create(new NewRoutingRule("C0101", GRID, department("RT-MAP-A"), null));
        register("2102310101990001", "C0101", "RT-MAP-B");
        var result = api.get(USER, "/api/routing/suggest?componentCode=2102310101990001");
        assertThat(Api.<String>read(result, "$.departmentCode")).isEqualTo("RT-MAP-B");
        assertThat(Api.<String>read(result, "$.reason")).isEqualTo("部件权属单位: 地图测试B");
        assertThat(Api.body(result)).doesNotContain("ruleId");
    }

    @Test
    void a_component_without_owner_goes_by_the_rules_for_its_class_and_grid() {
        var rule = rules.create(new NewRoutingRule("C2101", GRID, department("RT-MAP-A"), null));
        register("2102312101990002", "C2101", "");
        var result = api.get(USER, "/api/routing/suggest?componentCode=2102312101990002");
        assertThat(Api.<String>read(result, "$.departmentCode")).isEqualTo("RT-MAP-A");
        assertThat(Api.<Integer>read(result, "$.ruleId")).isEqualTo((int) rule.id());
    }

    private void register(String code, String classCode, String owner) {
        if (components.find(code).isPresent()) {
            return;
        }
        var at = grids.centroidOf(GRID);
        components.importCsv("""
                code,classCode,name,lat,lng,ownerDept,maintainerDept,state,material,surveyDate
                %s,%s,测试部件,%s,%s,%s,,完好,,2026-01-01
                """.formatted(code, classCode, at.latitude(), at.longitude(), owner));
    }

    private long department(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }
}
