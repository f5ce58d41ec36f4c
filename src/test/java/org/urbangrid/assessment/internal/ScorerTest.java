package org.urbangrid.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.Indicator.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;

/** The default formulas (DOMAIN §6) on figures whose scores were worked out by hand. */
class ScorerTest {

    private static final FormulaBody DEFAULT = DefaultFormula.body();

    @Test
    void inspector_valid_reports_40_missed_20_verify_20_check_20() {
        // 90×.4 + (100−5)×.2 + 90×.2 + 75×.2 = 36 + 19 + 18 + 15
        var scored = score(SubjectKind.INSPECTOR, VALID_REPORT_RATE, 45, 50, MISSED_RATE, 2, 40,
                ON_TIME_VERIFY_RATE, 18, 20, ON_TIME_CHECK_RATE, 15, 20);
        assertThat(scored.score()).isEqualByComparingTo("88.00");
        assertThat(scored.grade()).isEqualTo(Grade.B);
        assertThat(scored.parts()).containsEntry("VALID_REPORT_RATE", 36.0).containsEntry("MISSED_RATE", 19.0)
                .containsEntry("ON_TIME_VERIFY_RATE", 18.0).containsEntry("ON_TIME_CHECK_RATE", 15.0);
    }

    @Test
    void a_rate_with_nothing_due_is_left_out_and_the_other_weights_scaled_to_100() {
        // verify 0/0 left out: (90×40 + 95×20 + 75×20) / 80 = 7000 / 80
        var scored = score(SubjectKind.INSPECTOR, VALID_REPORT_RATE, 45, 50, MISSED_RATE, 2, 40,
                ON_TIME_VERIFY_RATE, 0, 0, ON_TIME_CHECK_RATE, 15, 20);
        assertThat(scored.score()).isEqualByComparingTo("87.50");
        assertThat(scored.parts()).doesNotContainKey("ON_TIME_VERIFY_RATE").containsEntry("VALID_REPORT_RATE", 45.0);
    }

    @Test
    void nothing_to_score_at_all_scores_zero() {
        var scored = score(SubjectKind.SHIFT_LEADER, ON_TIME_FILING_RATE, 0, 0);
        assertThat(scored.score()).isEqualByComparingTo("0");
        assertThat(scored.grade()).isEqualTo(Grade.E);
        assertThat(scored.parts()).isEmpty();
    }

    @Test
    void operator_volume_25_verify_sending_40_check_sending_35() {
        // volume 1500 → 90: 22.5 + 95×.4 + 80×.35 = 22.5 + 38 + 28
        var scored = score(SubjectKind.OPERATOR, OPERATOR_VOLUME, 1500, 0, ON_TIME_VERIFY_SENDING_RATE, 95, 100,
                ON_TIME_CHECK_SENDING_RATE, 80, 100);
        assertThat(scored.score()).isEqualByComparingTo("88.50");
    }

    @ParameterizedTest
    @CsvSource({"0,0", "100,0", "101,40", "300,40", "301,60", "500,60", "501,75", "1200,75", "1201,90", "2000,90",
            "2001,100", "99999,100"})
    void person_volume_bands(long volume, int expected) {
        var scored = score(SubjectKind.OPERATOR, OPERATOR_VOLUME, volume, 0);
        assertThat(scored.score()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(score(SubjectKind.DISPATCHER, DISPATCH_VOLUME, volume, 0).score())
                .isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Test
    void shift_leader_filing_25_accurate_40_closing_35() {
        // 96×.25 + 98×.4 + 100×.35 = 24 + 39.2 + 35
        var scored = score(SubjectKind.SHIFT_LEADER, ON_TIME_FILING_RATE, 24, 25, ACCURATE_FILING_RATE, 49, 50,
                ON_TIME_CLOSING_RATE, 30, 30);
        assertThat(scored.score()).isEqualByComparingTo("98.20");
        assertThat(scored.grade()).isEqualTo(Grade.A);
    }

    @Test
    void dispatcher_volume_20_on_time_40_accurate_40_exactly_90_is_A() {
        // 100×.2 + 90×.4 + 85×.4 = 20 + 36 + 34
        var scored = score(SubjectKind.DISPATCHER, DISPATCH_VOLUME, 2500, 0, ON_TIME_DISPATCH_RATE, 90, 100,
                ACCURATE_DISPATCH_RATE, 85, 100);
        assertThat(scored.score()).isEqualByComparingTo("90.00");
        assertThat(scored.grade()).isEqualTo(Grade.A);
    }

    @Test
    void department_volume_10_close_30_on_time_30_no_rework_30() {
        // volume 60 → 90: 9 + 90×.3 + 80×.3 + (100−10)×.3 = 9 + 27 + 24 + 27
        var scored = score(SubjectKind.DEPARTMENT, DEPARTMENT_VOLUME, 60, 0, CLOSE_RATE, 45, 50,
                ON_TIME_HANDLE_RATE, 40, 50, REWORK_RATE, 5, 50);
        assertThat(scored.score()).isEqualByComparingTo("87.00");
        assertThat(scored.grade()).isEqualTo(Grade.B);
    }

    @ParameterizedTest
    @CsvSource({"0,100", "50,100", "51,90", "100,90", "101,75", "200,75", "201,60", "500,60", "501,40", "1000,40",
            "1001,0"})
    void department_volume_bands_fewer_is_better(long volume, int expected) {
        var scored = score(SubjectKind.DEPARTMENT, DEPARTMENT_VOLUME, volume, 0);
        assertThat(scored.score()).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Test
    void half_a_cent_rounds_up_89_995_is_90_and_grade_A() {
        // 10 + 30 + 30 + (1 − 667/2000)×100×.3 = 10 + 30 + 30 + 19.995
        var scored = score(SubjectKind.DEPARTMENT, DEPARTMENT_VOLUME, 0, 0, CLOSE_RATE, 1, 1,
                ON_TIME_HANDLE_RATE, 1, 1, REWORK_RATE, 667, 2000);
        assertThat(scored.score()).isEqualByComparingTo("90.00");
        assertThat(scored.grade()).isEqualTo(Grade.A);
        // … and 89.9935 stays below: B
        var below = score(SubjectKind.DEPARTMENT, DEPARTMENT_VOLUME, 0, 0, CLOSE_RATE, 1, 1,
                ON_TIME_HANDLE_RATE, 1, 1, REWORK_RATE, 6671, 20000);
        assertThat(below.score()).isEqualByComparingTo("89.99");
        assertThat(below.grade()).isEqualTo(Grade.B);
    }

    @Test
    void street_filed_per_unit_grid_rounded_up_class_1_and_class_2() {
        // 25 filed over 10 grids → 3 per grid: class 1 → 75, class 2 → 90;
        // + 90×.3 + 75×.3 + (100−20)×.2 = 27 + 22.5 + 16
        Object[] figures = {FILED, 25, 0, CLOSE_RATE, 18, 20, ON_TIME_CLOSE_RATE, 15, 20, PUBLIC_REPORT_RATE, 5, 25};
        assertThat(score(SubjectKind.STREET, 10, false, figures).score()).isEqualByComparingTo("80.50");
        assertThat(score(SubjectKind.STREET, 10, true, figures).score()).isEqualByComparingTo("83.50");
    }

    @ParameterizedTest
    @CsvSource({"0,100,100", "1,90,90", "2,90,90", "3,75,90", "4,75,75", "5,60,75", "6,60,60", "7,40,60",
            "8,40,40", "9,0,40", "10,0,0"})
    void unit_grid_filed_bands_by_class(long filed, int class1, int class2) {
        var figures = new Object[] {FILED, filed, 0};
        assertThat(Scorer.partScore(DEFAULT.kinds().get(SubjectKind.UNIT_GRID).parts().get(0),
                new Figure(FILED, filed, 0), 1, false)).isEqualByComparingTo(BigDecimal.valueOf(class1));
        assertThat(score(SubjectKind.UNIT_GRID, 1, true, figures).score()).isEqualByComparingTo(BigDecimal.valueOf(class2));
    }

    @ParameterizedTest
    @CsvSource({"100,A", "90.00,A", "89.99,B", "75,B", "74.99,C", "60,C", "59.99,D", "40,D", "39.99,E", "0,E"})
    void grade_limits(String score, Grade grade) {
        assertThat(DEFAULT.grade(new BigDecimal(score))).isEqualTo(grade);
    }

    @Test
    void an_external_input_with_weight_counts_when_the_subject_has_a_score_and_is_left_out_otherwise() {
        var kind = new KindFormula(0, java.util.List.of(
                new Part(CLOSE_RATE, BigDecimal.valueOf(80), Part.Scoring.RATE, null, null)),
                Map.of("SPOT_CHECK", BigDecimal.valueOf(20), "MUTUAL", BigDecimal.ZERO));
        var figures = figures(SubjectKind.DEPARTMENT, CLOSE_RATE, 9, 10);
        // 90×.8 + 50×.2 = 72 + 10
        var with = Scorer.score(DEFAULT, kind, figures, Map.of("SPOT_CHECK", 50.0, "MUTUAL", 0.0), 1, false);
        assertThat(with.score()).isEqualByComparingTo("82.00");
        assertThat(with.parts()).containsEntry("SPOT_CHECK", 10.0).doesNotContainKey("MUTUAL");
        var without = Scorer.score(DEFAULT, kind, figures, Map.of(), 1, false);
        assertThat(without.score()).isEqualByComparingTo("90.00");
    }

    @Test
    void external_inputs_weigh_nothing_by_default() {
        var figures = figures(SubjectKind.SHIFT_LEADER, ON_TIME_FILING_RATE, 1, 1, ACCURATE_FILING_RATE, 1, 1,
                ON_TIME_CLOSING_RATE, 1, 1);
        var scored = Scorer.score(DEFAULT, DEFAULT.kinds().get(SubjectKind.SHIFT_LEADER), figures,
                Map.of("SPOT_CHECK", 0.0, "THIRD_PARTY", 0.0), 1, false);
        assertThat(scored.score()).isEqualByComparingTo("100.00");
    }

    private static Scorer.Scored score(SubjectKind kind, Object... triples) {
        return score(kind, 1, false, triples);
    }

    private static Scorer.Scored score(SubjectKind kind, long unitGrids, boolean class2, Object... triples) {
        return Scorer.score(DEFAULT, DEFAULT.kinds().get(kind), figures(kind, triples), Map.of(), unitGrids, class2);
    }

    static SubjectFigures figures(SubjectKind kind, Object... triples) {
        var map = new LinkedHashMap<Indicator, Figure>();
        for (int i = 0; i < triples.length; i += 3) {
            var indicator = (Indicator) triples[i];
            map.put(indicator, new Figure(indicator, ((Number) triples[i + 1]).longValue(),
                    ((Number) triples[i + 2]).longValue()));
        }
        return new SubjectFigures(new Subject(kind, "1", "x"), map, 100);
    }
}
