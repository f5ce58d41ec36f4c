package org.urbangrid.assessment.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Periods;
import org.urbangrid.organization.CurrentStaff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Rankings (排名), published to every member of staff; each figure links to the cases behind it
 * ({@code /api/assessment/figures/{kind}/{subject}/{indicator}/cases}, within the caller's scope).
 */
@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment", description = "综合评价: rankings of every kind of subject over a period")
class RankingController {

    private final Rankings rankings;
    private final Periods periods;
    private final CurrentStaff current;

    RankingController(Rankings rankings, Periods periods, CurrentStaff current) {
        this.rankings = rankings;
        this.periods = periods;
        this.current = current;
    }

    @GetMapping("/rankings")
    @Operation(summary = "A kind's ranking over a period (2026-11, 2026-W45, 2026-Q4, 2026, 2026-11-05, 2026-11-03..2026-11-20; default last month)")
    AssessmentViews.RankingView ranking(@RequestParam SubjectKind kind, @RequestParam(required = false) String period) {
        current.get();
        return AssessmentViews.RankingView.of(rankings.ranking(kind, periods.parse(period, "period")));
    }
}
