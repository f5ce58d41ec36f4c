package org.urbangrid.assessment.ledger;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.IndicatorSource.CasesBehind;
import org.urbangrid.assessment.IndicatorSource.Part;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.BehindScope;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/**
 * 考核指标 as JSON: every subject's figures with numerator and denominator, and the cases behind a figure, open to
 * whom {@link BehindScope} opens them (the same rule as the rankings' drill-down): the command centre every
 * subject's, street staff their street's regions, a department's staff their department's, everyone their own.
 */
@RestController
@RequestMapping("/api/assessment/figures")
class FiguresController {

    private final IndicatorSource source;
    private final CurrentStaff current;
    private final PlaceSubjects places;

    FiguresController(IndicatorSource source, CurrentStaff current, PlaceSubjects places) {
        this.source = source;
        this.current = current;
        this.places = places;
    }

    @GetMapping
    @Operation(summary = "Every subject's indicators over a period (numerator, denominator, value, case count)")
    List<SubjectFigures> figures(@RequestParam SubjectKind kind,
            @Parameter(description = "2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026 or 2026-11-03..2026-11-20")
            @RequestParam String period) {
        var viewer = current.get();
        var own = places.heldBy(viewer.id(), kind);
        if (!BehindScope.allowsKind(viewer, kind, own)) {
            throw UrbanGridException.forbidden("error.assessment.out-of-scope");
        }
        var parsed = period(period);
        return source.figures(kind, parsed).stream()
                .filter(f -> BehindScope.allows(viewer, kind, f.subject().id(), own))
                .toList();
    }

    @GetMapping("/{kind}/{subjectId}/{indicator}/cases")
    @Operation(summary = "The cases behind one figure, in case id order; page on with next")
    CasesBehind cases(@PathVariable SubjectKind kind, @PathVariable String subjectId,
            @PathVariable Indicator indicator, @RequestParam String period,
            @RequestParam(defaultValue = "DENOMINATOR") Part part,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        var viewer = current.get();
        if (!BehindScope.allows(viewer, kind, subjectId, places.heldBy(viewer.id(), kind))) {
            throw UrbanGridException.forbidden("error.assessment.out-of-scope");
        }
        if (size < 1 || size > 200) {
            throw UrbanGridException.invalid("error.assessment.bad-size").with("field", "size");
        }
        var parsed = period(period);
        if (!indicator.appliesTo(kind)) {
            throw UrbanGridException.invalid("error.assessment.indicator-not-for-kind", indicator.name(), kind.name())
                    .with("field", "indicator");
        }
        return source.behind(kind, subjectId, parsed, indicator, part, after, size);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("error.assessment.bad-period", text).with("field", "period");
        }
    }
}
