package org.urbangrid.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.ComponentState;
import org.urbangrid.grid.Location;
import org.urbangrid.platform.UrbanGridException;

/** The import rules on their own, against a one-rectangle district and a hand-made catalogue. */
class ComponentImportValidatorTest {

    static final String GRID = "210231001001001";

    /** One unit grid: 38.80–38.90 N, 121.50–121.60 E. */
    static final ComponentImportValidator.Lookups LOOKUPS = new ComponentImportValidator.Lookups() {
        final Map<String, CatalogClass> classes = Map.of(
                "C0101", new CatalogClass("C0101", CategoryKind.COMPONENT, "01", "公用设施", "上水井盖", false, true),
                "C0118", new CatalogClass("C0118", CategoryKind.COMPONENT, "01", "公用设施", "路灯", false, true),
                "C0123", new CatalogClass("C0123", CategoryKind.COMPONENT, "01", "公用设施", "邮筒", false, false),
                "E0102", new CatalogClass("E0102", CategoryKind.EVENT, "01", "市容环境", "暴露垃圾", false, true));

        @Override
        public Optional<CatalogClass> findClass(String code) {
            return Optional.ofNullable(classes.get(code));
        }

        @Override
        public Optional<Long> departmentId(String code) {
            return Optional.ofNullable(Map.of("GS", 11L, "CGJ", 12L).get(code));
        }

        @Override
        public Location locate(double latitude, double longitude) {
            if (latitude < 38.8 || latitude > 38.9 || longitude < 121.5 || longitude > 121.6) {
                throw UrbanGridException.unprocessable("error.grid.outside", latitude, longitude);
            }
            return new Location(GRID, "210231001001", "210231001", "210231");
        }

        @Override
        public Set<String> existingCodes(Collection<String> codes) {
            return Set.of("2102310101999999");
        }
    };

    final ComponentImportValidator validator = new ComponentImportValidator(LOOKUPS);

    static RawComponent row(int line, String code, String classCode, String lat, String lng, String owner,
            String state) {
        return new RawComponent(ImportError.Locator.ROW, line, code, classCode, null, lat, lng, owner, null, state,
                null, null, null);
    }

    @Test
    void good_rows_get_their_unit_grid_departments_and_defaults() {
        var result = validator.validate(List.of(
                row(2, "2102310101000001", "C0101", "38.85", "121.55", "GS", "破损"),
                new RawComponent(ImportError.Locator.ROW, 3, "2102310118000001", "C0118", "凌水路 1 号灯", "38.86",
                        "121.56", "CGJ", "CGJ", null, "钢", "2026-05-01", "普查")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.components()).extracting(NewComponent::code, NewComponent::name, NewComponent::unitGridCode,
                NewComponent::ownerDepartmentId, NewComponent::state).containsExactly(
                        tuple("2102310101000001", "上水井盖", GRID, 11L, ComponentState.DAMAGED),
                        tuple("2102310118000001", "凌水路 1 号灯", GRID, 12L, ComponentState.INTACT));
        assertThat(result.components().get(1).surveyDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(result.components().get(0).source()).isEqualTo("IMPORT");
    }

    @Test
    void every_kind_of_bad_row_is_reported_in_one_pass() {
        var result = validator.validate(List.of(
                row(2, "21023101010001", "C0101", "38.85", "121.55", null, null),
                row(3, "2102310102000001", "C0101", "38.85", "121.55", null, null),
                row(4, "2102310199000001", "C0199", "38.85", "121.55", null, null),
                row(5, "2102310102000002", "E0102", "38.85", "121.55", null, null),
                row(6, "2102310101000003", "C0101", "38.85", "121.55", "NOPE", null),
                row(7, "2102310101000004", "C0101", "39.50", "121.55", null, null),
                row(8, "2102310101000005", "C0101", "38.85", "121.55", null, null),
                row(9, "2102310101000005", "C0101", "38.85", "121.55", null, null),
                row(10, "2102310101999999", "C0101", "38.85", "121.55", null, null),
                row(11, "2102310101000006", "C0101", "38.85", "121.55", null, "坏了"),
                row(12, "2102310101000007", "C0101", "north", "121.55", null, null),
                row(13, "3205080101000001", "C0101", "38.85", "121.55", null, null),
                row(14, "2102310123000001", "C0123", "38.85", "121.55", null, null)));
        assertThat(result.errors()).extracting(ImportError::position, ImportError::key).containsExactly(
                tuple(2, "error.component.code-invalid"),
                tuple(3, "error.component.class-mismatch"),
                tuple(4, "error.component.class-unknown"),
                tuple(5, "error.component.class-unknown"),
                tuple(6, "error.component.department-unknown"),
                tuple(7, "error.component.outside-grids"),
                tuple(9, "error.component.duplicate-in-file"),
                tuple(10, "error.component.duplicate-code"),
                tuple(11, "error.component.state-invalid"),
                tuple(12, "error.component.position-invalid"),
                tuple(13, "error.component.county-mismatch"),
                tuple(14, "error.component.class-inactive"));
        assertThat(result.components()).extracting(NewComponent::code).containsExactly("2102310101000005");
    }

    @Test
    void a_row_with_several_problems_lists_them_all() {
        var bad = new RawComponent(ImportError.Locator.FEATURE, 3, "2102310102000001", "C0101", null, "0", "0",
                "X1", "X2", null, null, "2026/05/01", null);
        var result = validator.validate(List.of(bad));
        assertThat(result.errors()).extracting(ImportError::key).containsExactly("error.component.class-mismatch",
                "error.component.outside-grids", "error.component.department-unknown",
                "error.component.department-unknown", "error.component.survey-date-invalid");
        assertThat(result.errors()).allMatch(e -> e.locator() == ImportError.Locator.FEATURE && e.position() == 3);
        assertThat(result.errors().get(2).args()).containsExactly("ownerDept", "X1");
        assertThat(result.components()).isEmpty();
    }

    @Test
    void class_mismatch_names_the_digits_and_the_class() {
        var result = validator.validate(List.of(row(2, "2102310118000009", "C0101", "38.85", "121.55", null, null)));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("error.component.class-mismatch");
            assertThat(e.args()).containsExactly("0118", "C0101");
            assertThat(e.componentCode()).isEqualTo("2102310118000009");
        });
    }
}
