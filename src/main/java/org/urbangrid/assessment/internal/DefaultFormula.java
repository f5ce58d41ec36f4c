package org.urbangrid.assessment.internal;

import static org.urbangrid.assessment.Indicator.*;
import static org.urbangrid.assessment.internal.Part.Scoring.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Part.Band;

/**
 * The formulas of DOMAIN §6 as the first version (valid from 2000-01-01), stored by migration V17.1. Region
 * weights are ours (DOMAIN names the indicators, not their weights): 立案数 band 20, 结案率 30, 按期结案率 30,
 * (1 − 监督举报率) 20. Segments and chiefs (ours too): 结案率 30, 按期结案率 30, (1 − 监督举报率) 20 and patrol
 * coverage (PATROL, from the chiefs' patrol logs) 20; grid keepers 结案率 35, 按期结案率 35, (1 − 监督举报率) 30. The
 * other external inputs (spot checks, mutual assessment, third-party review, satisfaction) weigh 0 until an
 * administrator gives them weight.
 */
public final class DefaultFormula {

    public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

    /** Person volume bands (受理数, 派遣数): ≥2001 → 100, 1201–2000 → 90, 501–1200 → 75, 301–500 → 60, 101–300 → 40, ≤100 → 0. */
    static final List<Band> PERSON_VOLUME = bands(0, 0, 101, 40, 301, 60, 501, 75, 1201, 90, 2001, 100);
    /** Department volume bands (fewer is better): 0–50 → 100, 51–100 → 90, 101–200 → 75, 201–500 → 60, 501–1000 → 40, more → 0. */
    static final List<Band> DEPARTMENT_VOLUME_BANDS = bands(0, 100, 51, 90, 101, 75, 201, 60, 501, 40, 1001, 0);
    /** 立案数 per unit grid, class 1: 0 → 100, 1–2 → 90, 3–4 → 75, 5–6 → 60, 7–8 → 40, ≥9 → 0. */
    static final List<Band> REGION_CLASS_1 = bands(0, 100, 1, 90, 3, 75, 5, 60, 7, 40, 9, 0);
    /** 立案数 per unit grid, class 2: 0 → 100, 1–3 → 90, 4–5 → 75, 6–7 → 60, 8–9 → 40, ≥10 → 0. */
    static final List<Band> REGION_CLASS_2 = bands(0, 100, 1, 90, 4, 75, 6, 60, 8, 40, 10, 0);

    private DefaultFormula() {}

    public static FormulaBody body() {
        var grades = new EnumMap<Grade, BigDecimal>(Grade.class);
        grades.put(Grade.A, BigDecimal.valueOf(90));
        grades.put(Grade.B, BigDecimal.valueOf(75));
        grades.put(Grade.C, BigDecimal.valueOf(60));
        grades.put(Grade.D, BigDecimal.valueOf(40));
        var kinds = new EnumMap<SubjectKind, KindFormula>(SubjectKind.class);
        kinds.put(SubjectKind.INSPECTOR, kind(10, part(VALID_REPORT_RATE, 40, RATE), part(MISSED_RATE, 20, INVERSE_RATE),
                part(ON_TIME_VERIFY_RATE, 20, RATE), part(ON_TIME_CHECK_RATE, 20, RATE)));
        kinds.put(SubjectKind.OPERATOR, kind(10, bands(OPERATOR_VOLUME, 25, PERSON_VOLUME),
                part(ON_TIME_VERIFY_SENDING_RATE, 40, RATE), part(ON_TIME_CHECK_SENDING_RATE, 35, RATE)));
        kinds.put(SubjectKind.SHIFT_LEADER, kind(10, part(ON_TIME_FILING_RATE, 25, RATE),
                part(ACCURATE_FILING_RATE, 40, RATE), part(ON_TIME_CLOSING_RATE, 35, RATE)));
        kinds.put(SubjectKind.DISPATCHER, kind(10, bands(DISPATCH_VOLUME, 20, PERSON_VOLUME),
                part(ON_TIME_DISPATCH_RATE, 40, RATE), part(ACCURATE_DISPATCH_RATE, 40, RATE)));
        kinds.put(SubjectKind.DEPARTMENT, kind(5, bands(DEPARTMENT_VOLUME, 10, DEPARTMENT_VOLUME_BANDS),
                part(CLOSE_RATE, 30, RATE), part(ON_TIME_HANDLE_RATE, 30, RATE), part(REWORK_RATE, 30, INVERSE_RATE)));
        // 路段/河段 and 路长/河长: closing, closing on time, few problems the public found first, patrolling (巡查覆盖率).
        for (var byPlace : List.of(SubjectKind.SEGMENT, SubjectKind.CHIEF)) {
            kinds.put(byPlace, new KindFormula(byPlace == SubjectKind.CHIEF ? 3 : 0,
                    List.of(part(CLOSE_RATE, 30, RATE), part(ON_TIME_CLOSE_RATE, 30, RATE),
                            part(PUBLIC_REPORT_RATE, 20, INVERSE_RATE)),
                    external(byPlace, Map.of(FormulaBody.PATROL, 20))));
        }
        // 网格责任人: as a unit grid's closing figures, without the 立案数 band (a keeper may hold several grids).
        kinds.put(SubjectKind.GRID_KEEPER, kind(SubjectKind.GRID_KEEPER, 0, part(CLOSE_RATE, 35, RATE),
                part(ON_TIME_CLOSE_RATE, 35, RATE), part(PUBLIC_REPORT_RATE, 30, INVERSE_RATE)));
        for (var region : List.of(SubjectKind.UNIT_GRID, SubjectKind.COMMUNITY, SubjectKind.STREET, SubjectKind.DISTRICT)) {
            kinds.put(region, kind(0,
                    new Part(FILED, BigDecimal.valueOf(20), BANDS_PER_UNIT_GRID, REGION_CLASS_1, REGION_CLASS_2),
                    part(CLOSE_RATE, 30, RATE), part(ON_TIME_CLOSE_RATE, 30, RATE),
                    part(PUBLIC_REPORT_RATE, 20, INVERSE_RATE)));
        }
        return new FormulaBody(grades, List.of(), kinds);
    }

    /** A desk's, department's or region's formula: the external inputs every kind may weigh, all at 0. */
    private static KindFormula kind(int minimumCases, Part... parts) {
        return new KindFormula(minimumCases, List.of(parts), external(SubjectKind.DEPARTMENT, Map.of()));
    }

    private static KindFormula kind(SubjectKind kind, int minimumCases, Part... parts) {
        return new KindFormula(minimumCases, List.of(parts), external(kind, Map.of()));
    }

    /** Every input the kind may weigh ({@link FormulaBody#inputsOf}), at 0 unless given. */
    private static Map<String, BigDecimal> external(SubjectKind kind, Map<String, Integer> weights) {
        var external = new LinkedHashMap<String, BigDecimal>();
        FormulaBody.inputsOf(kind).forEach(input -> external.put(input,
                BigDecimal.valueOf(weights.getOrDefault(input, 0))));
        return Map.copyOf(external);
    }

    /**
     * A stored version as it is read: a kind added after the version was written (路段/河段, 路长/河长, 网格责任人
     * came in V43) is scored by its default formula until an administrator writes a version that sets it. The
     * stored text is never changed.
     */
    static FormulaBody completed(FormulaBody body) {
        if (body.kinds().keySet().containsAll(java.util.EnumSet.allOf(SubjectKind.class))) {
            return body;
        }
        var kinds = new EnumMap<SubjectKind, KindFormula>(SubjectKind.class);
        kinds.putAll(body().kinds());
        kinds.putAll(body.kinds());
        return new FormulaBody(body.grades(), body.class2Regions(), kinds);
    }

    private static Part part(Indicator indicator, int weight, Part.Scoring scoring) {
        return new Part(indicator, BigDecimal.valueOf(weight), scoring, null, null);
    }

    private static Part bands(Indicator indicator, int weight, List<Band> bands) {
        return new Part(indicator, BigDecimal.valueOf(weight), BANDS, bands, null);
    }

    private static List<Band> bands(long... minAndScore) {
        var bands = new java.util.ArrayList<Band>();
        for (int i = 0; i < minAndScore.length; i += 2) {
            bands.add(new Band(minAndScore[i], BigDecimal.valueOf(minAndScore[i + 1])));
        }
        return List.copyOf(bands);
    }
}
