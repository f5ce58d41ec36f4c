package org.urbangrid.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.Indicator.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.InMemoryIndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;

/** Ranking rules on an in-memory ledger: ties, the minimum, the previous period, three failures, dated formulas. */
class LiveRankingsTest {

    private static final Period NOV = Period.month(YearMonth.of(2026, 11));
    private static final Period OCT = NOV.previous();
    private static final Period SEP = OCT.previous();

    private final InMemoryIndicatorSource source = new InMemoryIndicatorSource();
    private final List<Formula> versions = new ArrayList<>(List.of(
            new Formula(1, DefaultFormula.VALID_FROM, "default", null, "system", DefaultFormula.body())));
    private final Map<String, Long> unitGrids = new java.util.HashMap<>();
    private final Map<String, String> regionsOfKind = new java.util.LinkedHashMap<>();
    private final List<ExternalScores> externals = new ArrayList<>();

    private final Formulas formulas = new Formulas(null, null, null, null) {
        @Override
        public Formula inForce(LocalDate day) {
            return versions.stream().filter(f -> !f.validFrom().isAfter(day))
                    .max(java.util.Comparator.comparing(Formula::validFrom).thenComparingLong(Formula::version))
                    .orElseThrow();
        }
    };
    private final RegionTree regions = new RegionTree(null) {
        @Override
        Map<String, String> of(SubjectKind kind) {
            return regionsOfKind;
        }

        @Override
        Map<String, Long> unitGridCounts(SubjectKind kind) {
            return unitGrids;
        }
    };

    /** Subjects that failed their spot check three periods in a row, by period. */
    private final Map<Period, java.util.Set<String>> spotCheckFailures = new java.util.HashMap<>();
    private final org.urbangrid.assessment.SpotCheckFlags spotChecks = new org.urbangrid.assessment.SpotCheckFlags() {
        @Override
        public boolean failedThreeInARow(SubjectKind kind, String subjectId, Period period) {
            return failedThreeInARow(kind, period).contains(subjectId);
        }

        @Override
        public java.util.Set<String> failedThreeInARow(SubjectKind kind, Period period) {
            return spotCheckFailures.getOrDefault(period, java.util.Set.of());
        }
    };

    private Ranking rank(SubjectKind kind, Period period) {
        return new LiveRankings(source, externals, formulas, regions, spotChecks).ranking(kind, period);
    }

    @Test
    void a_unit_that_failed_its_spot_check_three_periods_in_a_row_carries_that_flag_beside_its_rank() {
        department(NOV, "1", "甲", 100, 10);
        department(NOV, "2", "乙", 100, 10);
        spotCheckFailures.put(NOV, java.util.Set.of("2"));
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        assertThat(rows).filteredOn(r -> r.subject().id().equals("2")).singleElement()
                .satisfies(r -> assertThat(r.flags()).containsExactly(org.urbangrid.assessment.SpotCheckFlags.FLAG));
        assertThat(rows).filteredOn(r -> r.subject().id().equals("1")).singleElement()
                .satisfies(r -> assertThat(r.flags()).isEmpty());
    }

    /** A department whose every rate is {@code percent}% and volume ≤ 50 (100): score = 10 + 0.9 × percent. */
    private void department(Period period, String id, String name, int percent, long cases) {
        source.put(SubjectKind.DEPARTMENT, period, id, name, cases, DEPARTMENT_VOLUME, 10, 0,
                CLOSE_RATE, percent, 100, ON_TIME_HANDLE_RATE, percent, 100, REWORK_RATE, 100 - percent, 100);
    }

    @Test
    void equal_scores_share_a_rank_and_are_listed_by_name_the_next_rank_skips() {
        department(NOV, "1", "乙", 80, 10);
        department(NOV, "2", "甲", 80, 10);
        department(NOV, "3", "丙", 100, 10);
        department(NOV, "4", "丁", 50, 10);
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        assertThat(rows).extracting(r -> r.subject().name()).containsExactly("丙", "乙", "甲", "丁");
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2, 2, 4);
        assertThat(rows).extracting(Ranking.Row::score).containsExactly(100.0, 82.0, 82.0, 55.0);
        assertThat(rows).extracting(Ranking.Row::grade).containsExactly(Grade.A, Grade.B, Grade.B, Grade.D);
    }

    @Test
    void fewer_cases_than_the_minimum_are_listed_after_the_ranked_without_a_rank() {
        department(NOV, "1", "少", 100, 4);   // minimum for departments is 5
        department(NOV, "2", "够", 60, 5);
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        assertThat(rows).extracting(r -> r.subject().id()).containsExactly("2", "1");
        assertThat(rows.get(0).rank()).isEqualTo(1);
        assertThat(rows.get(1).rank()).isNull();
        assertThat(rows.get(1).ranked()).isFalse();
        assertThat(rows.get(1).score()).isEqualTo(100.0);
    }

    @Test
    void previous_period_rank_and_score_beside_each_row() {
        department(OCT, "1", "甲", 100, 10);
        department(OCT, "2", "乙", 80, 10);
        department(NOV, "1", "甲", 70, 10);
        department(NOV, "2", "乙", 90, 10);
        department(NOV, "3", "丙", 95, 10);
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        assertThat(rows).extracting(r -> r.subject().id()).containsExactly("3", "2", "1");
        assertThat(rows).extracting(Ranking.Row::previousRank).containsExactly(null, 2, 1);
        assertThat(rows).extracting(Ranking.Row::previousScore).containsExactly(null, 82.0, 100.0);
    }

    @Test
    void failed_three_periods_in_a_row_is_flagged_only_after_the_third() {
        // 10 + 0.9 × 50 = 55 → D (不合格) three times for 1; 2 failed twice, then passed
        for (var period : List.of(SEP, OCT, NOV)) {
            department(period, "1", "甲", 50, 10);
            department(period, "2", "乙", period == NOV ? 60 : 50, 10); // 64 → C in November
            department(period, "3", "丙", period == SEP ? 90 : 50, 10);
        }
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        assertThat(rows).filteredOn(r -> r.subject().id().equals("1")).singleElement()
                .satisfies(r -> assertThat(r.flags()).containsExactly(LiveRankings.FAILED_THREE_PERIODS));
        assertThat(rows).filteredOn(r -> !r.subject().id().equals("1")).allSatisfy(r -> assertThat(r.flags()).isEmpty());
        assertThat(rank(SubjectKind.DEPARTMENT, OCT).rows()).allSatisfy(r -> assertThat(r.flags()).isEmpty());
    }

    @Test
    void an_unranked_period_breaks_the_run_of_failures() {
        department(SEP, "1", "甲", 50, 10);
        department(OCT, "1", "甲", 50, 2);
        department(NOV, "1", "甲", 50, 10);
        assertThat(rank(SubjectKind.DEPARTMENT, NOV).rows().get(0).flags()).isEmpty();
    }

    @Test
    void each_period_is_computed_with_the_version_in_force_on_its_first_day() {
        // From 2026-11-01 the A limit is 95 and departments are judged on 结案率 alone
        var body = DefaultFormula.body();
        var grades = new EnumMap<>(body.grades());
        grades.put(Grade.A, BigDecimal.valueOf(95));
        var kinds = new EnumMap<>(body.kinds());
        kinds.put(SubjectKind.DEPARTMENT, new KindFormula(5, List.of(new Part(CLOSE_RATE, BigDecimal.valueOf(100),
                Part.Scoring.RATE, null, null)), Map.of()));
        versions.add(new Formula(2, LocalDate.of(2026, 11, 1), "new rules", null, "admin",
                new FormulaBody(grades, List.of(), kinds)));
        department(OCT, "1", "甲", 92, 10);
        department(NOV, "1", "甲", 92, 10);
        var november = rank(SubjectKind.DEPARTMENT, NOV);
        assertThat(november.formulaVersion()).isEqualTo(2);
        assertThat(november.formulaValidFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.rows().get(0).score()).isEqualTo(92.0);
        assertThat(november.rows().get(0).grade()).isEqualTo(Grade.B);
        // October (version 1): 10 + 0.9 × 92 = 92.8, A; shown beside November as the previous score
        assertThat(november.rows().get(0).previousScore()).isEqualTo(92.8);
        var october = rank(SubjectKind.DEPARTMENT, OCT);
        assertThat(october.formulaVersion()).isEqualTo(1);
        assertThat(october.rows().get(0).grade()).isEqualTo(Grade.A);
        // a range starting in October is computed by version 1 even though it ends in November
        var range = rank(SubjectKind.DEPARTMENT, Period.parse("2026-10-20..2026-11-10"));
        assertThat(range.formulaVersion()).isEqualTo(1);
    }

    @Test
    void regions_without_anything_to_count_are_listed_with_a_clean_volume_score() {
        regionsOfKind.put("210231001", "凌水");
        regionsOfKind.put("210231002", "龙王塘");
        unitGrids.put("210231001", 10L);
        unitGrids.put("210231002", 4L);
        source.put(SubjectKind.STREET, NOV, "210231001", "凌水", 25, FILED, 25, 0, CLOSE_RATE, 18, 20,
                ON_TIME_CLOSE_RATE, 15, 20, PUBLIC_REPORT_RATE, 5, 25);
        var rows = rank(SubjectKind.STREET, NOV).rows();
        // 龙王塘: no cases, only the 立案数 band is scored: 100
        assertThat(rows).extracting(r -> r.subject().id()).containsExactly("210231002", "210231001");
        assertThat(rows).extracting(Ranking.Row::score).containsExactly(100.0, 80.5);
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2);
    }

    @Test
    void class_2_regions_are_configured_in_the_formula_by_code_prefix() {
        var body = DefaultFormula.body();
        versions.add(new Formula(2, DefaultFormula.VALID_FROM, "凌水 is class 2", null, "admin",
                new FormulaBody(body.grades(), List.of("210231001"), body.kinds())));
        unitGrids.put("210231001", 10L);
        source.put(SubjectKind.STREET, NOV, "210231001", "凌水", 25, FILED, 25, 0, CLOSE_RATE, 18, 20,
                ON_TIME_CLOSE_RATE, 15, 20, PUBLIC_REPORT_RATE, 5, 25);
        assertThat(rank(SubjectKind.STREET, NOV).rows().get(0).score()).isEqualTo(83.5);
    }

    @Test
    void external_scores_enter_with_the_weight_the_formula_gives_them() {
        var body = DefaultFormula.body();
        var kinds = new EnumMap<>(body.kinds());
        kinds.put(SubjectKind.DEPARTMENT, new KindFormula(0, List.of(new Part(CLOSE_RATE, BigDecimal.valueOf(70),
                Part.Scoring.RATE, null, null)), Map.of("MUTUAL", BigDecimal.valueOf(30))));
        versions.add(new Formula(2, DefaultFormula.VALID_FROM, "mutual 30", null, "admin",
                new FormulaBody(body.grades(), List.of(), kinds)));
        externals.add(new ExternalScores() {
            public String input() { return "MUTUAL"; }
            public Map<String, Double> scores(SubjectKind kind, Period period) {
                return kind == SubjectKind.DEPARTMENT ? Map.of("1", 40.0) : Map.of();
            }
        });
        department(NOV, "1", "甲", 100, 10);
        department(NOV, "2", "乙", 100, 10);
        var rows = rank(SubjectKind.DEPARTMENT, NOV).rows();
        // 甲: 100 × .7 + 40 × .3 = 82; 乙 has no mutual score: 100
        assertThat(rows).extracting(Ranking.Row::score).containsExactly(100.0, 82.0);
        assertThat(rows.get(1).parts()).containsEntry("MUTUAL", 12.0).containsEntry("CLOSE_RATE", 70.0);
    }
}
