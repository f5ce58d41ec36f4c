package org.urbangrid.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleShapesTest {

    @ParameterizedTest
    @CsvSource({"E01, MAJOR", "C06, MAJOR", "E0102, CLASS", "C2101, CLASS", "E0102-01, CONDITION"})
    void category_codes_have_a_level(String code, CategoryLevel level) {
        assertThat(CategoryLevel.of(code)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e01", "E1", "X0102", "E010", "E0102-1", "E0102-001", "E0102 ", "暴露垃圾"})
    void malformed_category_codes_have_none(String code) {
        assertThat(CategoryLevel.of(code)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"210231001, STREET", "210231001002, COMMUNITY", "210231001002003, UNIT_GRID"})
    void area_codes_have_a_level_by_length(String code, AreaLevel level) {
        assertThat(AreaLevel.of(code)).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"210231", "2102310010", "21023100100200A", "2102310010020031"})
    void malformed_area_codes_have_none(String code) {
        assertThat(AreaLevel.of(code)).isNull();
    }
}
