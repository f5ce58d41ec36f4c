package org.urbangrid.frontage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RatingRulesTest {

    @Test
    void the_score_is_100_minus_points_per_case_repeat_and_step_never_below_zero() {
        assertThat(RatingRules.score(0, 0, 0, 0, 0)).isEqualTo(100);
        assertThat(RatingRules.score(2, 1, 1, 1, 0)).isEqualTo(100 - 10 - 10 - 5 - 10);
        assertThat(RatingRules.score(0, 0, 1, 1, 1)).isEqualTo(65);
        assertThat(RatingRules.score(30, 0, 0, 0, 0)).isZero();
    }

    @Test
    void three_failed_months_in_a_row_remove_a_unit_across_the_year_boundary() {
        var passed = months("2026-11", false, "2026-12", false, "2027-01", false);
        assertThat(RatingRules.removal(passed, YearMonth.of(2027, 1))).contains(YearMonth.of(2027, 1));
        // as of December only two of them had happened
        assertThat(RatingRules.removal(passed, YearMonth.of(2026, 12))).isEmpty();
    }

    @Test
    void a_passed_or_an_unrated_month_breaks_the_run() {
        assertThat(RatingRules.removal(months("2026-09", false, "2026-10", true, "2026-11", false, "2026-12", false),
                YearMonth.of(2026, 12))).isEmpty();
        assertThat(RatingRules.removal(months("2026-08", false, "2026-09", false, "2026-11", false),
                YearMonth.of(2026, 11))).isEmpty();
    }

    @Test
    void a_run_removes_for_twelve_months_after_it_ended_then_no_longer() {
        var passed = months("2026-01", false, "2026-02", false, "2026-03", false);
        assertThat(RatingRules.removal(passed, YearMonth.of(2026, 6))).contains(YearMonth.of(2026, 3));
        assertThat(RatingRules.removal(passed, YearMonth.of(2027, 2))).contains(YearMonth.of(2026, 3));
        assertThat(RatingRules.removal(passed, YearMonth.of(2027, 3))).isEmpty();
    }

    @Test
    void four_failures_report_the_latest_run() {
        var passed = months("2026-05", false, "2026-06", false, "2026-07", false, "2026-08", false);
        assertThat(RatingRules.removal(passed, YearMonth.of(2026, 9))).contains(YearMonth.of(2026, 8));
    }

    private static Map<YearMonth, Boolean> months(Object... pairs) {
        var map = new HashMap<YearMonth, Boolean>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(YearMonth.parse((String) pairs[i]), (Boolean) pairs[i + 1]);
        }
        return map;
    }
}
