package org.urbangrid.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.cases.PublicFigures;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** The minimum case count before anyone is ranked, shared ranks for equal shares, and the period's bounds. */
class BoardRankingTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    PlatformProperties platform;

    BoardFigures with(int min, List<PublicFigures.Figures> streets) {
        PublicFigures fixed = new PublicFigures() {
            @Override
            public List<Figures> byStreet(Instant from, Instant to) {
                return streets;
            }

            @Override
            public List<Figures> byDepartment(Instant from, Instant to) {
                return List.of();
            }
        };
        return new BoardFigures(fixed, grids, organization, new BoardProperties(min, null, null), clock, platform);
    }

    @Test
    void below_the_minimum_nobody_is_ranked_and_equal_shares_share_a_rank() {
        var s = grids.ofLevel(GridLevel.STREET).stream().map(g -> g.code()).sorted().toList();
        assertThat(s).hasSizeGreaterThanOrEqualTo(4);
        var figures = List.of(
                new PublicFigures.Figures(s.get(0), 9, 5, 4, 0, 50),   // 80 %, 5 closed
                new PublicFigures.Figures(s.get(1), 3, 3, 3, 1, 30),   // 100 %, 3 closed
                new PublicFigures.Figures(s.get(2), 9, 2, 2, 0, 20),   // 100 % but only 2 closed
                new PublicFigures.Figures(s.get(3), 9, 10, 8, 2, 90)); // 80 %, 10 closed
        var board = with(3, figures);
        var lines = board.streets(board.period(null));
        assertThat(lines).extracting(BoardFigures.Line::code).startsWith(s.get(1), s.get(0), s.get(3));
        assertThat(lines.get(0).rank()).isEqualTo(1);
        assertThat(lines.get(1).rank()).isEqualTo(2);
        assertThat(lines.get(2).rank()).isEqualTo(2);
        var few = lines.stream().filter(l -> l.code().equals(s.get(2))).findFirst().orElseThrow();
        assertThat(few.ranked()).isFalse();
        assertThat(few.onTime()).isEqualTo("100.0%");
        assertThat(lines.get(1).meanHours()).isEqualTo("10.0");

        // the default: 20 closed cases before anyone is ranked
        var strict = with(new BoardProperties(null, null, null).minCases(), figures);
        assertThat(strict.streets(strict.period(null))).noneMatch(BoardFigures.Line::ranked);
        assertThat(strict.minCases()).isEqualTo(20);
    }

    @Test
    void a_month_is_read_in_the_city_zone_and_a_bad_one_names_the_field() {
        var board = with(20, List.of());
        var november = board.period("2026-11");
        assertThat(november.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(november.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        try {
            board.period("2026-13");
            throw new AssertionError("accepted");
        } catch (UrbanGridException e) {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.properties()).containsEntry("field", "month");
        }
    }
}
