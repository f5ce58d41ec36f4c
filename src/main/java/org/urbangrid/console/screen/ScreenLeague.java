package org.urbangrid.console.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;

/**
 * 部门考核排名: the departments' league table of the current month, from the assessment module's {@link Rankings};
 * while the month has nobody ranked yet (its first days), last month's, under its own period. A ranking is computed
 * from the case histories, so one is kept for {@link #FRESH} rather than recomputed at every refresh of every screen.
 */
@Component
class ScreenLeague {

    static final Duration FRESH = Duration.ofMinutes(1);
    static final int ROWS = 10;

    /** One line of the table; {@code change} is places gained since the previous month (null: not ranked then). */
    record Line(Integer rank, String name, double score, Grade grade, Integer change, long caseCount, boolean ranked) {}

    /** The table of a month. */
    record League(String period, List<Line> lines, int unranked) {}

    private record Kept(Period period, Instant at, League league) {}

    private final Rankings rankings;
    private final Clock clock;
    private volatile Kept kept;

    ScreenLeague(Rankings rankings, Clock clock) {
        this.rankings = rankings;
        this.clock = clock;
    }

    /** The month of {@code today}, or the month before while this one ranks nobody yet. */
    League of(LocalDate today) {
        var period = Period.month(YearMonth.from(today));
        var now = clock.instant();
        var last = kept;
        if (last != null && last.period().equals(period) && !last.at().isAfter(now)
                && last.at().plus(FRESH).isAfter(now)) {
            return last.league();
        }
        var ranking = rankings.ranking(SubjectKind.DEPARTMENT, period);
        if (ranking.rows().stream().noneMatch(Ranking.Row::ranked)) {
            var before = rankings.ranking(SubjectKind.DEPARTMENT, period.previous());
            if (before.rows().stream().anyMatch(Ranking.Row::ranked)) {
                ranking = before;
            }
        }
        var league = league(ranking);
        kept = new Kept(period, now, league);
        return league;
    }

    static League league(Ranking ranking) {
        var rows = ranking.rows();
        var lines = rows.stream().limit(ROWS).map(ScreenLeague::line).toList();
        int unranked = (int) rows.stream().filter(row -> !row.ranked()).count();
        return new League(ranking.period().toString(), lines, unranked);
    }

    private static Line line(Ranking.Row row) {
        Integer change = row.rank() == null || row.previousRank() == null ? null : row.previousRank() - row.rank();
        return new Line(row.rank(), row.subject().name(), Math.round(row.score() * 10) / 10.0, row.grade(), change,
                row.caseCount(), row.ranked());
    }
}
