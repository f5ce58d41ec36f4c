package org.urbangrid.assessment.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.BehindScope;
import org.urbangrid.assessment.internal.Periods;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Rankings (排名), published to every member of staff; the cases behind a figure only within the caller's scope
 * ({@link BehindScope}).
 */
@RestController
@RequestMapping("/api/assessment")
@Tag(name = "Assessment", description = "综合评价: rankings of every kind of subject over a period, and the cases behind each figure")
class RankingController {

    private static final int MAX_PAGE = 200;

    private final Rankings rankings;
    private final IndicatorSource source;
    private final Periods periods;
    private final CurrentStaff current;

    RankingController(Rankings rankings, IndicatorSource source, Periods periods, CurrentStaff current) {
        this.rankings = rankings;
        this.source = source;
        this.periods = periods;
        this.current = current;
    }

    @GetMapping("/rankings")
    @Operation(summary = "A kind's ranking over a period (2026-11, 2026-W45, 2026-Q4, 2026, 2026-11-05, 2026-11-03..2026-11-20; default last month)")
    AssessmentViews.RankingView ranking(@RequestParam SubjectKind kind, @RequestParam(required = false) String period) {
        current.get();
        return AssessmentViews.RankingView.of(rankings.ranking(kind, periods.parse(period, "period")));
    }

    @GetMapping("/rankings/cases")
    @Operation(summary = "The cases behind one figure (part NUMERATOR, DENOMINATOR or SHORTFALL), keyset-paged by case id")
    IndicatorSource.CasesBehind behind(@RequestParam SubjectKind kind, @RequestParam String subject,
            @RequestParam Indicator indicator, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "SHORTFALL") IndicatorSource.Part part,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        if (!indicator.appliesTo(kind)) {
            throw UrbanGridException.invalid("error.assessment.indicator-kind", indicator, kind)
                    .with("field", "indicator");
        }
        BehindScope.require(current.get(), kind, subject);
        return source.behind(kind, subject, periods.parse(period, "period"), indicator, part, after,
                Math.max(1, Math.min(size, MAX_PAGE)));
    }
}
