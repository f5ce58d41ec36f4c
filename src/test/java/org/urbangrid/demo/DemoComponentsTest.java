package org.urbangrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.internal.ComponentQuery;
import org.urbangrid.catalog.internal.ComponentService;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

class DemoComponentsTest extends IntegrationTest {

    @Autowired
    DemoComponents demo;

    @Autowired
    DemoGrids demoGrids;

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    ComponentService components;

    @BeforeEach
    synchronized void loaded() {
        if (components.find("2102310101000001").isPresent()) {
            return;
        }
        if (grids.find(DemoGrids.DISTRICT).isEmpty()) {
            demoGrids.load();
        }
        DemoComponents.KINDS.stream().map(DemoComponents.Kind::owner).filter(o -> !"street".equals(o)).distinct()
                .forEach(this::department);
        for (var street : new String[] {"JD-LS", "JD-LWT", "JD-RJY", "JD-QXL"}) {
            department(street);
        }
        demo.load();
    }

    private void department(String code) {
        if (organization.departmentByCode(code).isEmpty()) {
            var street = switch (code) {
                case "JD-LS" -> "210231001";
                case "JD-LWT" -> "210231002";
                case "JD-RJY" -> "210231003";
                case "JD-QXL" -> "210231004";
                default -> null;
            };
            organization.createDepartment(new NewDepartment(code, code, code,
                    street == null ? DepartmentKind.UTILITY : DepartmentKind.STREET_OFFICE, street));
        }
    }

    @Test
    void the_demo_set_is_the_same_on_every_run() {
        assertThat(demo.csv()).isEqualTo(demo.csv()).startsWith("code,classCode,");
        assertThat(demo.csv().lines().count()).isEqualTo(DemoComponents.COUNT + 1);
    }

    @Test
    void three_thousand_components_are_imported_into_unit_grids_of_the_district() {
        assertThat(components.count(new ComponentQuery(null, null, null, 0, 1))).isGreaterThanOrEqualTo(DemoComponents.COUNT);
        var some = demoOnly("C0118");
        assertThat(some).isNotEmpty().allSatisfy(c -> {
            assertThat(c.unitGridCode()).hasSize(15).startsWith("210231");
            assertThat(grids.find(c.unitGridCode())).isPresent();
            assertThat(c.source()).isEqualTo("演示普查");
        });
    }

    @Test
    void covers_belong_to_the_utility_whose_pipes_they_cover() {
        long gas = organization.departmentByCode("RQ").orElseThrow().id();
        long water = organization.departmentByCode("GS").orElseThrow().id();
        assertThat(demoOnly("C0111")).isNotEmpty().allMatch(c -> c.ownerDepartmentId() == gas);
        assertThat(demoOnly("C0101")).isNotEmpty().allMatch(c -> c.ownerDepartmentId() == water);
    }

    @Test
    void notice_boards_belong_to_the_street_office_of_their_street() {
        var boards = demoOnly("C0501");
        assertThat(boards).isNotEmpty().allSatisfy(board -> {
            var owner = organization.department(board.ownerDepartmentId()).orElseThrow();
            assertThat(owner.streetCode()).isEqualTo(board.unitGridCode().substring(0, 9));
        });
    }

    /** Other tests in the shared context import components with serials from 800000 on. */
    private java.util.List<org.urbangrid.catalog.internal.StoredComponent> demoOnly(String classCode) {
        return components.search(new ComponentQuery(null, classCode, null, 0, 500)).stream()
                .filter(c -> Integer.parseInt(c.code().substring(10)) < 800_000).toList();
    }
}
