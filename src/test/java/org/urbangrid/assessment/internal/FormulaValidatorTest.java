package org.urbangrid.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.urbangrid.assessment.Indicator.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Part.Band;
import org.urbangrid.assessment.internal.Part.Scoring;
import org.urbangrid.platform.UrbanGridException;

/** Each rule a new formula version must keep, refused with the field that breaks it. */
class FormulaValidatorTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 1);

    @Test
    void the_default_formula_is_valid() {
        assertThatCode(() -> FormulaValidator.check(DefaultFormula.body(), DAY, "ok")).doesNotThrowAnyException();
    }

    @Test
    void a_kind_left_out_is_named() {
        var kinds = new EnumMap<>(DefaultFormula.body().kinds());
        kinds.remove(SubjectKind.COMMUNITY);
        refused(new FormulaBody(DefaultFormula.body().grades(), List.of(), kinds), "kinds.COMMUNITY",
                "error.assessment.formula.kind-missing");
    }

    @Test
    void minimum_cases_cannot_be_negative() {
        refused(department(k -> new KindFormula(-1, k.parts(), k.external())), "kinds.DEPARTMENT.minimumCases",
                "error.assessment.formula.minimum-cases");
    }

    @Test
    void an_indicator_must_belong_to_the_kind_appear_once_and_be_scored_as_its_type_allows() {
        refused(department(k -> withPart(k, 1, new Part(FILED, BigDecimal.valueOf(30), Scoring.RATE, null, null))),
                "kinds.DEPARTMENT.parts[1].indicator", "error.assessment.formula.indicator-kind");
        refused(department(k -> withPart(k, 1, new Part(DEPARTMENT_VOLUME, BigDecimal.valueOf(30), Scoring.BANDS,
                DefaultFormula.DEPARTMENT_VOLUME_BANDS, null))), "kinds.DEPARTMENT.parts[1].indicator",
                "error.assessment.formula.indicator-twice");
        refused(department(k -> withPart(k, 1, new Part(CLOSE_RATE, BigDecimal.valueOf(30), Scoring.BANDS,
                DefaultFormula.DEPARTMENT_VOLUME_BANDS, null))), "kinds.DEPARTMENT.parts[1].scoring",
                "error.assessment.formula.scoring");
        refused(department(k -> withPart(k, 0, new Part(DEPARTMENT_VOLUME, BigDecimal.TEN,
                Scoring.BANDS_PER_UNIT_GRID, DefaultFormula.DEPARTMENT_VOLUME_BANDS, DefaultFormula.DEPARTMENT_VOLUME_BANDS))),
                "kinds.DEPARTMENT.parts[0].scoring", "error.assessment.formula.scoring");
    }

    @Test
    void weights_are_0_to_100_and_add_up_to_exactly_100_external_inputs_included() {
        refused(department(k -> withPart(k, 1, new Part(CLOSE_RATE, BigDecimal.valueOf(-5), Scoring.RATE, null, null))),
                "kinds.DEPARTMENT.parts[1].weight", "error.assessment.formula.weight-range");
        var external = new HashMap<>(DefaultFormula.body().kinds().get(SubjectKind.DEPARTMENT).external());
        external.put("THIRD_PARTY", BigDecimal.valueOf(0.5));
        refused(department(k -> new KindFormula(k.minimumCases(), k.parts(), external)), "kinds.DEPARTMENT",
                "error.assessment.formula.weights-total");
        // 10 + 30 + 29.5 + 30 + 0.5 = 100
        assertThatCode(() -> FormulaValidator.check(department(k -> new KindFormula(k.minimumCases(),
                withPart(k, 2, new Part(ON_TIME_HANDLE_RATE, new BigDecimal("29.5"), Scoring.RATE, null, null)).parts(),
                external)), DAY, "ok")).doesNotThrowAnyException();
    }

    @Test
    void bands_start_at_zero_rise_in_min_and_keep_one_direction() {
        refused(bands(List.of(band(1, 100), band(51, 90))), "kinds.DEPARTMENT.parts[0].bands",
                "error.assessment.formula.bands-from-zero");
        refused(bands(List.of()), "kinds.DEPARTMENT.parts[0].bands", "error.assessment.formula.bands-from-zero");
        refused(bands(List.of(band(0, 100), band(51, 90), band(51, 80))), "kinds.DEPARTMENT.parts[0].bands[2].min",
                "error.assessment.formula.band-min-order");
        refused(bands(List.of(band(0, 100), band(51, 101))), "kinds.DEPARTMENT.parts[0].bands[1].score",
                "error.assessment.formula.band-score");
        refused(bands(List.of(band(0, 100), band(51, 90), band(101, 90), band(201, 95))),
                "kinds.DEPARTMENT.parts[0].bands[3].score", "error.assessment.formula.bands-monotone");
        assertThatCode(() -> FormulaValidator.check(bands(List.of(band(0, 0), band(10, 50), band(20, 50), band(30, 100))),
                DAY, "rising is fine too")).doesNotThrowAnyException();
    }

    @Test
    void a_region_band_part_needs_class_2_bands() {
        var body = DefaultFormula.body();
        var kinds = new EnumMap<>(body.kinds());
        var street = kinds.get(SubjectKind.STREET);
        var parts = new ArrayList<>(street.parts());
        parts.set(0, new Part(FILED, BigDecimal.valueOf(20), Scoring.BANDS_PER_UNIT_GRID, DefaultFormula.REGION_CLASS_1, null));
        kinds.put(SubjectKind.STREET, new KindFormula(0, parts, street.external()));
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.STREET.parts[0].class2Bands",
                "error.assessment.formula.bands-from-zero");
    }

    @Test
    void date_reason_and_region_codes() {
        var body = DefaultFormula.body();
        assertThatThrownBy(() -> FormulaValidator.check(body, null, "x")).isInstanceOfSatisfying(UrbanGridException.class,
                e -> assertThat(e.properties()).containsEntry("field", "validFrom"));
        assertThatThrownBy(() -> FormulaValidator.check(body, DAY, "x".repeat(501)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.properties()).containsEntry("field", "reason"));
        refused(new FormulaBody(body.grades(), List.of("210231001", "2102310X1"), body.kinds()), "class2Regions[1]",
                "error.assessment.formula.region-code");
    }

    private static Band band(long min, int score) {
        return new Band(min, BigDecimal.valueOf(score));
    }

    private static FormulaBody bands(List<Band> bands) {
        return department(k -> withPart(k, 0, new Part(DEPARTMENT_VOLUME, BigDecimal.TEN, Scoring.BANDS, bands, null)));
    }

    @Test
    void the_subjects_by_place_have_formulas_of_their_own_that_may_weigh_patrol_coverage() {
        var body = DefaultFormula.body();
        for (var kind : List.of(SubjectKind.SEGMENT, SubjectKind.CHIEF, SubjectKind.GRID_KEEPER)) {
            assertThat(body.kinds().get(kind).totalWeight()).as(kind.name()).isEqualByComparingTo("100");
            assertThat(body.kinds().get(kind).external()).as(kind.name()).containsKey(FormulaBody.PATROL);
        }
        assertThat(body.kinds().get(SubjectKind.CHIEF).external().get(FormulaBody.PATROL)).isEqualByComparingTo("20");
        assertThat(body.kinds().get(SubjectKind.SEGMENT).external().get(FormulaBody.PATROL)).isEqualByComparingTo("20");
        assertThat(body.kinds().get(SubjectKind.GRID_KEEPER).external().get(FormulaBody.PATROL)).isEqualByComparingTo("0");
        assertThat(body.kinds().get(SubjectKind.INSPECTOR).external()).doesNotContainKey(FormulaBody.PATROL);

        var kinds = new EnumMap<>(body.kinds());
        kinds.remove(SubjectKind.CHIEF);
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.CHIEF", "error.assessment.formula.kind-missing");

        // patrol coverage is the subjects by place's input only
        var inspector = body.kinds().get(SubjectKind.INSPECTOR);
        var external = new HashMap<>(inspector.external());
        external.put(FormulaBody.PATROL, BigDecimal.ZERO);
        kinds = new EnumMap<>(body.kinds());
        kinds.put(SubjectKind.INSPECTOR, new KindFormula(inspector.minimumCases(), inspector.parts(), external));
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.INSPECTOR.external.PATROL",
                "error.assessment.formula.external-kind");

        // a segment's 立案数 is no region's: it is banded as a count, never per unit grid
        var segment = body.kinds().get(SubjectKind.SEGMENT);
        var parts = new ArrayList<>(segment.parts());
        parts.add(new Part(FILED, BigDecimal.TEN, Scoring.BANDS_PER_UNIT_GRID, DefaultFormula.REGION_CLASS_1,
                DefaultFormula.REGION_CLASS_2));
        var patrol = new HashMap<>(segment.external());
        patrol.put(FormulaBody.PATROL, BigDecimal.TEN);
        kinds = new EnumMap<>(body.kinds());
        kinds.put(SubjectKind.SEGMENT, new KindFormula(0, parts, patrol));
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.SEGMENT.parts[3].scoring",
                "error.assessment.formula.scoring");
        // … an indicator of persons is not theirs; and the weights still make 100
        parts.set(3, new Part(ON_TIME_HANDLE_RATE, BigDecimal.TEN, Scoring.RATE, null, null));
        kinds.put(SubjectKind.SEGMENT, new KindFormula(0, parts, patrol));
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.SEGMENT.parts[3].indicator",
                "error.assessment.formula.indicator-kind");
        parts.set(3, new Part(FILED, BigDecimal.TEN, Scoring.BANDS, DefaultFormula.REGION_CLASS_1, null));
        kinds.put(SubjectKind.SEGMENT, new KindFormula(0, parts, segment.external()));
        refused(new FormulaBody(body.grades(), List.of(), kinds), "kinds.SEGMENT", "error.assessment.formula.weights-total");
        kinds.put(SubjectKind.SEGMENT, new KindFormula(0, parts, patrol));
        var valid = new FormulaBody(body.grades(), List.of(), kinds);
        assertThatCode(() -> FormulaValidator.check(valid, DAY, "ok")).doesNotThrowAnyException();
    }

    @Test
    void a_version_written_before_the_subjects_by_place_scores_them_by_their_defaults() {
        var body = DefaultFormula.body();
        var kinds = new EnumMap<>(body.kinds());
        kinds.keySet().removeIf(SubjectKind::isByPlace);
        var departmentChanged = new KindFormula(1, kinds.get(SubjectKind.DEPARTMENT).parts(),
                kinds.get(SubjectKind.DEPARTMENT).external());
        kinds.put(SubjectKind.DEPARTMENT, departmentChanged);
        var old = FormulaJson.write(new FormulaBody(body.grades(), List.of("210231001"), kinds));
        var read = FormulaJson.read(old);
        assertThat(read.kinds().get(SubjectKind.CHIEF)).isEqualTo(body.kinds().get(SubjectKind.CHIEF));
        assertThat(read.kinds().get(SubjectKind.GRID_KEEPER)).isEqualTo(body.kinds().get(SubjectKind.GRID_KEEPER));
        assertThat(read.kinds().get(SubjectKind.DEPARTMENT)).isEqualTo(departmentChanged);
        assertThat(read.class2Regions()).containsExactly("210231001");
        assertThatCode(() -> FormulaValidator.check(read, DAY, "ok")).doesNotThrowAnyException();
    }

    private static KindFormula withPart(KindFormula kind, int index, Part part) {
        var parts = new ArrayList<>(kind.parts());
        parts.set(index, part);
        return new KindFormula(kind.minimumCases(), parts, kind.external());
    }

    private static FormulaBody department(UnaryOperator<KindFormula> change) {
        var body = DefaultFormula.body();
        var kinds = new EnumMap<>(body.kinds());
        kinds.put(SubjectKind.DEPARTMENT, change.apply(kinds.get(SubjectKind.DEPARTMENT)));
        return new FormulaBody(body.grades(), body.class2Regions(), kinds);
    }

    private static void refused(FormulaBody body, String field, String key) {
        assertThatThrownBy(() -> FormulaValidator.check(body, DAY, "test")).isInstanceOfSatisfying(UrbanGridException.class,
                e -> {
                    assertThat(e.properties()).containsEntry("field", field);
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.status().value()).isEqualTo(400);
                });
    }
}
