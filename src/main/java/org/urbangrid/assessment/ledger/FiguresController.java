package org.urbangrid.assessment.ledger;

import java.util.List;
import java.util.Objects;

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
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 考核指标 as JSON: every subject's figures with numerator and denominator, and the cases behind a figure.
 * Leaders, shift leaders and administrators read everything (street staff: the regions of their street);
 * a department's staff read their department, inspectors, operators and dispatchers their own figures.
 */
@RestController
@RequestMapping("/api/assessment/figures")
class FiguresController {

    private final IndicatorSource source;
    private final CurrentStaff current;

    FiguresController(IndicatorSource source, CurrentStaff current) {
        this.source = source;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "Every subject's indicators over a period (numerator, denominator, value, case count)")
    List<SubjectFigures> figures(@RequestParam SubjectKind kind,
            @Parameter(description = "2026-11-05, 2026-W45, 2026-11, 2026-Q4, 2026 or 2026-11-03..2026-11-20")
            @RequestParam String period) {
        var viewer = current.get();
        var own = ownSubject(viewer, kind);
        var parsed = period(period);
        return source.figures(kind, parsed).stream()
                .filter(f -> own == null || own.equals(f.subject().id()))
                .filter(f -> !kind.isRegion() || inStreet(viewer, f.subject().id()))
                .toList();
    }

    @GetMapping("/{kind}/{subjectId}/{indicator}/cases")
    @Operation(summary = "The cases behind one figure, in case id order; page on with next")
    CasesBehind cases(@PathVariable SubjectKind kind, @PathVariable String subjectId,
            @PathVariable Indicator indicator, @RequestParam String period,
            @RequestParam(defaultValue = "DENOMINATOR") Part part,
            @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
        var viewer = current.get();
        var own = ownSubject(viewer, kind);
        if ((own != null && !own.equals(subjectId)) || (kind.isRegion() && !inStreet(viewer, subjectId))) {
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

    /** Null when the viewer reads every subject of the kind; otherwise the one subject id they may read. */
    private static String ownSubject(StaffPrincipal viewer, SubjectKind kind) {
        return switch (viewer.role()) {
            case LEADER, SHIFT_LEADER, ADMIN -> null;
            case HANDLER -> {
                if (kind != SubjectKind.DEPARTMENT || viewer.departmentId() == null) {
                    throw UrbanGridException.forbidden("error.assessment.out-of-scope");
                }
                yield viewer.departmentId().toString();
            }
            case INSPECTOR, OPERATOR, DISPATCHER -> {
                if (!Objects.equals(kind.name(), viewer.role().name())) {
                    throw UrbanGridException.forbidden("error.assessment.out-of-scope");
                }
                yield Long.toString(viewer.id());
            }
        };
    }

    /** A street's staff see the regions of their street (and the district it lies in). */
    private static boolean inStreet(StaffPrincipal viewer, String regionCode) {
        var street = viewer.streetCode();
        return street == null || regionCode.startsWith(street) || street.startsWith(regionCode);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("error.assessment.bad-period", text).with("field", "period");
        }
    }
}
