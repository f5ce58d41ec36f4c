package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.internal.CatalogService;
import org.urbangrid.catalog.internal.ConditionSpec;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.support.IntegrationTest;

/** Catalogue storage behaviour that must hold on H2 and on PostgreSQL alike. */
abstract class CatalogStoreContract extends IntegrationTest {

    @Autowired
    CatalogService catalog;

    /** A class code not used by any other test on the same database. */
    String localCode(int n) {
        return "C21%02d".formatted(60 + n);
    }

    @Test
    void seeded_catalogue_is_searchable_by_kind_and_text() {
        assertThat(catalog.classes(CategoryKind.EVENT, "垃圾")).extracting(CatalogClass::code)
                .contains("E0102", "E0103").allMatch(code -> code.startsWith("E"));
        assertThat(catalog.classes(CategoryKind.COMPONENT, null)).hasSizeGreaterThanOrEqualTo(90);
    }

    @Test
    void a_local_class_round_trips_with_its_conditions() {
        var code = localCode(1);
        catalog.createLocalClass(code, "本地部件", List.of(
                new ConditionSpec("破损", TimeLimit.workDays(3), "已修复", null),
                new ConditionSpec("丢失", TimeLimit.naturalHours(12), "已补装", false)));
        assertThat(catalog.findClass(code)).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo(CategoryKind.COMPONENT);
            assertThat(c.majorName()).isEqualTo("本地扩展部件");
        });
        assertThat(catalog.conditionsOf(code)).extracting(FilingCondition::code, FilingCondition::handlingLimit,
                FilingCondition::active).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(code + "-01", TimeLimit.workDays(3), true),
                        org.assertj.core.groups.Tuple.tuple(code + "-02", TimeLimit.naturalHours(12), false));
    }

    @Test
    void an_edited_condition_keeps_its_code_and_active_flag_unless_told() {
        var code = localCode(2);
        catalog.createLocalClass(code, "本地部件二", List.of(new ConditionSpec("破损", TimeLimit.workDays(3), "已修复", null)));
        var edited = catalog.updateCondition(code + "-01",
                new ConditionSpec(" 严重破损 ", new TimeLimit(90, LimitUnit.WORK_MINUTES), "已更换", null));
        assertThat(edited.description()).isEqualTo("严重破损");
        assertThat(edited.handlingLimit()).isEqualTo(TimeLimit.workMinutes(90));
        assertThat(edited.active()).isTrue();
        assertThat(catalog.requireActiveCondition(code + "-01").closingCondition()).isEqualTo("已更换");
    }
}
