package org.urbangrid.assessment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.SubjectKind;

/**
 * 考核办法: what one formula version says — the grade limits, which regions are class 2 (二类区域), and per kind of
 * subject the weighted parts of its score, the external inputs' weights and the fewest cases to be ranked.
 *
 * @param grades the lowest score of A, B, C and D (E is everything below D)
 * @param class2Regions region codes (street, community or unit grid) scored by the class 2 立案数 bands; a region
 *        is class 2 when its own code or an ancestor's is listed, class 1 otherwise
 */
public record FormulaBody(Map<Grade, BigDecimal> grades, List<String> class2Regions,
        Map<SubjectKind, KindFormula> kinds) {

    /** 巡查覆盖率: a chief's or segment's patrol coverage (0–100), an input the subjects by place may weigh. */
    public static final String PATROL = "PATROL";

    /** The external inputs a formula may weigh (codes of {@link org.urbangrid.assessment.ExternalScores#input()}). */
    public static final List<String> EXTERNAL_INPUTS = List.of("SPOT_CHECK", "MUTUAL", "THIRD_PARTY", "SATISFACTION",
            PATROL);

    /** The external inputs a kind may weigh: every kind the first four; the subjects by place also {@link #PATROL}. */
    public static List<String> inputsOf(SubjectKind kind) {
        return kind.isByPlace() ? EXTERNAL_INPUTS : EXTERNAL_INPUTS.stream().filter(i -> !i.equals(PATROL)).toList();
    }

    public FormulaBody {
        grades = grades == null ? Map.of() : Map.copyOf(grades);
        class2Regions = class2Regions == null ? List.of() : List.copyOf(class2Regions);
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    /** The grade of a (rounded) score: the best grade whose limit the score reaches. */
    public Grade grade(BigDecimal score) {
        for (var grade : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
            var limit = grades.get(grade);
            if (limit != null && score.compareTo(limit) >= 0) {
                return grade;
            }
        }
        return Grade.E;
    }

    /** 二类区域: the region or one of its ancestors is listed (codes are prefixes of their descendants'). */
    public boolean isClass2(String regionCode) {
        return regionCode != null && class2Regions.stream().anyMatch(regionCode::startsWith);
    }
}
