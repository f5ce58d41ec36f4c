package org.urbangrid.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Part.Band;
import org.urbangrid.assessment.internal.Part.Scoring;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.platform.UrbanGridException;

/**
 * Checks a new formula version before it is stored; the first fault is refused with 400 naming its field (e.g.
 * {@code kinds.DEPARTMENT.parts[2].weight}): a date and a reason, grade limits A &gt; B &gt; C &gt; D within 0–100,
 * every kind present, each part's indicator belonging to the kind and scored as its type allows, each external input
 * one the kind may weigh ({@link FormulaBody#inputsOf}: PATROL only for the subjects by place), bands from 0 with
 * rising mins and scores that only rise or only fall, weights from 0 to 100 making exactly 100 per kind.
 */
final class FormulaValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FormulaValidator() {}

    static void check(FormulaBody body, LocalDate validFrom, String reason) {
        if (validFrom == null || validFrom.isBefore(DefaultFormula.VALID_FROM)) {
            throw fault("validFrom", "error.assessment.formula.valid-from", DefaultFormula.VALID_FROM);
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw fault("reason", "error.assessment.formula.reason");
        }
        if (body == null) {
            throw fault("formula", "error.assessment.formula.missing");
        }
        grades(body);
        for (int i = 0; i < body.class2Regions().size(); i++) {
            var code = body.class2Regions().get(i);
            if (GridLevel.ofCode(code).isEmpty()) {
                throw fault("class2Regions[" + i + "]", "error.assessment.formula.region-code", String.valueOf(code));
            }
        }
        for (var kind : SubjectKind.values()) {
            var formula = body.kinds().get(kind);
            if (formula == null) {
                throw fault("kinds." + kind, "error.assessment.formula.kind-missing", kind);
            }
            kind(kind, formula, "kinds." + kind);
        }
    }

    private static void grades(FormulaBody body) {
        BigDecimal above = null;
        for (var grade : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
            var limit = body.grades().get(grade);
            var field = "grades." + grade;
            if (limit == null || limit.signum() < 0 || limit.compareTo(HUNDRED) > 0) {
                throw fault(field, "error.assessment.formula.grade-range", grade.name());
            }
            if (above != null && limit.compareTo(above) >= 0) {
                throw fault(field, "error.assessment.formula.grade-order", grade.name());
            }
            above = limit;
        }
    }

    private static void kind(SubjectKind kind, KindFormula formula, String field) {
        if (formula.minimumCases() < 0) {
            throw fault(field + ".minimumCases", "error.assessment.formula.minimum-cases");
        }
        var seen = new HashSet<>();
        for (int i = 0; i < formula.parts().size(); i++) {
            part(kind, formula.parts().get(i), field + ".parts[" + i + "]", seen);
        }
        formula.external().forEach((input, weight) -> {
            if (!FormulaBody.EXTERNAL_INPUTS.contains(input)) {
                throw fault(field + ".external." + input, "error.assessment.formula.external-unknown", input,
                        String.join(", ", FormulaBody.inputsOf(kind)));
            }
            if (!FormulaBody.inputsOf(kind).contains(input)) {
                throw fault(field + ".external." + input, "error.assessment.formula.external-kind", input, kind);
            }
            weight(weight, field + ".external." + input);
        });
        if (formula.totalWeight().compareTo(HUNDRED) != 0) {
            throw fault(field, "error.assessment.formula.weights-total", kind,
                    formula.totalWeight().stripTrailingZeros().toPlainString());
        }
    }

    private static void part(SubjectKind kind, Part part, String field, java.util.Set<Object> seen) {
        if (part == null || part.indicator() == null) {
            throw fault(field + ".indicator", "error.assessment.formula.indicator-missing");
        }
        var indicator = part.indicator();
        if (!indicator.appliesTo(kind)) {
            throw fault(field + ".indicator", "error.assessment.formula.indicator-kind", indicator, kind);
        }
        if (!seen.add(indicator)) {
            throw fault(field + ".indicator", "error.assessment.formula.indicator-twice", indicator);
        }
        weight(part.weight(), field + ".weight");
        var scoring = part.scoring();
        boolean fits = scoring != null && switch (scoring) {
            case RATE, INVERSE_RATE -> indicator.rate();
            case BANDS -> !indicator.rate();
            case BANDS_PER_UNIT_GRID -> !indicator.rate() && kind.isRegion();
        };
        if (!fits) {
            throw fault(field + ".scoring", "error.assessment.formula.scoring", String.valueOf(scoring), indicator);
        }
        if (scoring == Scoring.BANDS || scoring == Scoring.BANDS_PER_UNIT_GRID) {
            bands(part.bands(), field + ".bands");
        }
        if (scoring == Scoring.BANDS_PER_UNIT_GRID) {
            bands(part.class2Bands(), field + ".class2Bands");
        }
    }

    private static void weight(BigDecimal weight, String field) {
        if (weight == null || weight.signum() < 0 || weight.compareTo(HUNDRED) > 0) {
            throw fault(field, "error.assessment.formula.weight-range");
        }
    }

    /** From 0, mins strictly rising, scores 0–100 that never change direction (单调). */
    private static void bands(List<Band> bands, String field) {
        if (bands.isEmpty() || bands.get(0) == null || bands.get(0).min() != 0) {
            throw fault(field, "error.assessment.formula.bands-from-zero");
        }
        int direction = 0;
        for (int i = 0; i < bands.size(); i++) {
            var band = bands.get(i);
            var here = field + "[" + i + "]";
            if (band == null || band.score() == null || band.score().signum() < 0 || band.score().compareTo(HUNDRED) > 0) {
                throw fault(here + ".score", "error.assessment.formula.band-score");
            }
            if (i == 0) {
                continue;
            }
            var before = bands.get(i - 1);
            if (band.min() <= before.min()) {
                throw fault(here + ".min", "error.assessment.formula.band-min-order");
            }
            int step = band.score().compareTo(before.score());
            if (step != 0 && direction != 0 && step != direction) {
                throw fault(here + ".score", "error.assessment.formula.bands-monotone");
            }
            direction = step != 0 ? step : direction;
        }
    }

    private static UrbanGridException fault(String field, String key, Object... args) {
        return UrbanGridException.invalid(key, args).with("field", field);
    }
}
