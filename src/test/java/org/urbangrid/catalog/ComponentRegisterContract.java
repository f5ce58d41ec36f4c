package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.urbangrid.catalog.ComponentFixtures.CSV_HEADER;
import static org.urbangrid.catalog.ComponentFixtures.csvRow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.internal.ComponentQuery;
import org.urbangrid.catalog.internal.ComponentService;
import org.urbangrid.demo.DemoGrids;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** Component register storage that must behave the same on H2 and PostgreSQL. Serials 8xxxxx. */
abstract class ComponentRegisterContract extends IntegrationTest {

    @Autowired
    ComponentService components;

    @Autowired
    Grids grids;

    @Autowired
    DemoGrids demoGrids;

    @Autowired
    Organization organization;

    @BeforeEach
    void fixtures() {
        ComponentFixtures.ensure(grids, demoGrids, organization);
    }

    @Test
    void imported_components_round_trip_with_departments_dates_and_state() {
        var grid = ComponentFixtures.unitGrid(grids, 100);
        var at = grids.centroidOf(grid);
        int imported = components.importCsv(CSV_HEADER
                + "2102310111800001,C0111,燃气井盖A,%s,%s,RQ,RQ,丢失,复合材料,2026-03-15\n".formatted(at.latitude(), at.longitude())
                + csvRow("2102310111800002", "C0111", at, null, null));
        assertThat(imported).isEqualTo(2);
        var stored = components.detail("2102310111800001").orElseThrow();
        assertThat(stored.unitGridCode()).isEqualTo(grid);
        assertThat(stored.state()).isEqualTo(ComponentState.MISSING);
        assertThat(stored.surveyDate()).hasToString("2026-03-15");
        assertThat(stored.material()).isEqualTo("复合材料");
        assertThat(stored.ownerDepartmentId()).isNotNull().isEqualTo(stored.maintainerDepartmentId());
        assertThat(stored.importedAt()).isNotNull();
        assertThat(components.find("2102310111800002")).hasValueSatisfying(c -> {
            assertThat(c.ownerDepartmentId()).isNull();
            assertThat(c.name()).isEqualTo("燃气井盖");
        });
        var query = new ComponentQuery(grid, "C0111", null, 0, 10);
        assertThat(components.count(query)).isEqualTo(2);
        assertThat(components.search(query)).extracting(c -> c.code())
                .containsExactly("2102310111800001", "2102310111800002");
    }

    @Test
    void a_refused_import_stores_nothing() {
        var at = grids.centroidOf(ComponentFixtures.unitGrid(grids, 101));
        assertThatThrownBy(() -> components.importCsv(CSV_HEADER
                + csvRow("2102310110800001", "C0110", at, "RL", null)
                + csvRow("2102310110800002", "C0110", at, "NO-SUCH", null)))
                .isInstanceOf(UrbanGridException.class).extracting("messageKey")
                .isEqualTo("error.component.import-rejected");
        assertThat(components.find("2102310110800001")).isEmpty();
    }
}
