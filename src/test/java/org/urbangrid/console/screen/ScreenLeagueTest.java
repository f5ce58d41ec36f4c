package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;

/** The league table the screen draws from a {@link Rankings}: this month's departments, best first. */
class ScreenLeagueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void lines_carry_rank_grade_score_and_places_gained_since_last_month() {
        var asked = new ArrayList<Period>();
        Rankings rankings = (kind, period) -> {
            assertThat(kind).isEqualTo(SubjectKind.DEPARTMENT);
            asked.add(period);
            return ScreenTestRankings.league(kind, period);
        };
        var league = league(rankings).of(TODAY);
        assertThat(asked).containsExactly(Period.month(java.time.YearMonth.of(2026, 11)));
        assertThat(league.period()).isEqualTo("2026-11");
        assertThat(league.unranked()).isEqualTo(1);
        var first = league.lines().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.name()).isEqualTo("市政公用服务中心(环卫)");
        assertThat(first.grade()).isEqualTo(Grade.A);
        assertThat(first.score()).isEqualTo(96.4);
        assertThat(first.change()).as("third last month").isEqualTo(2);
        assertThat(league.lines().get(1).change()).as("first last month").isEqualTo(-1);
        assertThat(league.lines().get(2).change()).as("not ranked last month").isNull();
        assertThat(league.lines().get(2).score()).as("one decimal").isEqualTo(71.3);
        assertThat(league.lines().get(4).ranked()).isFalse();
    }

    @Test
    void a_ranking_is_kept_a_minute_and_read_again_for_a_new_month() {
        var calls = new int[1];
        Rankings rankings = (kind, period) -> {
            calls[0]++;
            return ScreenTestRankings.league(kind, period);
        };
        var league = league(rankings);
        league.of(TODAY);
        league.of(TODAY);
        assertThat(calls[0]).isEqualTo(1);
        assertThat(league.of(LocalDate.of(2026, 12, 1)).period()).isEqualTo("2026-12");
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void at_most_ten_lines() {
        Rankings rankings = (kind, period) -> {
            var base = ScreenTestRankings.league(kind, period);
            var rows = new ArrayList<>(base.rows());
            while (rows.size() < 14) {
                rows.addAll(base.rows());
            }
            return new org.urbangrid.assessment.Ranking(kind, period, 1, period.from(), List.copyOf(rows));
        };
        assertThat(league(rankings).of(TODAY).lines()).hasSize(ScreenLeague.ROWS);
    }

    @Test
    void in_a_month_that_ranks_nobody_yet_the_screen_shows_last_month_under_its_name() {
        var december = Period.month(java.time.YearMonth.of(2026, 12));
        Rankings rankings = (kind, period) -> period.equals(december)
                ? new org.urbangrid.assessment.Ranking(kind, period, 1, period.from(), List.of())
                : ScreenTestRankings.league(kind, period);
        var league = league(rankings).of(LocalDate.of(2026, 12, 2));
        assertThat(league.period()).isEqualTo("2026-11");
        assertThat(league.lines()).isNotEmpty();
    }

    private static ScreenLeague league(Rankings rankings) {
        return new ScreenLeague(rankings, CLOCK);
    }
}
