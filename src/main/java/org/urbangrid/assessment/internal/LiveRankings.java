package org.urbangrid.assessment.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SpotCheckFlags;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;

/**
 * 排名 computed live: every subject's figures from the {@link IndicatorSource}, scored by the formula version in
 * force on the period's first day (with the external inputs' scores), graded, ranked by score. Equal scores share a
 * rank (1, 2, 2, 4) and are listed by name. A subject with fewer cases than the kind's minimum is listed after the
 * ranked ones, unranked. Beside each row: its rank and score in the previous period of the same kind, and the flag
 * {@value #FAILED_THREE_PERIODS} when it was ranked with a grade below C (不合格) in this and the two periods before,
 * and {@link SpotCheckFlags#FLAG} when it failed its spot check (抽查) three periods in a row.
 */
@Service
class LiveRankings implements Rankings {

    /** 连续三次考核不合格: 取消评先创优资格. */
    static final String FAILED_THREE_PERIODS = "FAILED_THREE_PERIODS";

    private final IndicatorSource source;
    private final List<ExternalScores> externals;
    private final Formulas formulas;
    private final RegionTree regions;
    private final SpotCheckFlags spotChecks;

    LiveRankings(IndicatorSource source, List<ExternalScores> externals, Formulas formulas, RegionTree regions,
            SpotCheckFlags spotChecks) {
        this.source = source;
        this.spotChecks = spotChecks;
        this.externals = List.copyOf(externals);
        this.formulas = formulas;
        this.regions = regions;
    }

    @Override
    public Ranking ranking(SubjectKind kind, Period period) {
        var now = scored(kind, period);
        var before = scored(kind, period.previous());
        var twoBefore = scored(kind, period.previous().previous());
        var spotCheckFailures = spotChecks.failedThreeInARow(kind, period);
        var rows = new ArrayList<Ranking.Row>();
        for (var row : now.rows()) {
            var id = row.subject().id();
            var previous = before.byId().get(id);
            var flags = new ArrayList<String>();
            if (failed(row) && failed(previous) && failed(twoBefore.byId().get(id))) {
                flags.add(FAILED_THREE_PERIODS);
            }
            if (spotCheckFailures.contains(id)) {
                flags.add(SpotCheckFlags.FLAG);
            }
            rows.add(new Ranking.Row(row.subject(), row.figures(), row.parts(), row.score(), row.grade(),
                    row.caseCount(), row.rank(), previous == null ? null : previous.rank(),
                    previous == null ? null : previous.score(), List.copyOf(flags)));
        }
        return new Ranking(kind, period, now.formula().version(), now.formula().validFrom(), List.copyOf(rows));
    }

    private static boolean failed(Ranking.Row row) {
        return row != null && row.ranked() && row.grade().compareTo(Grade.C) > 0;
    }

    /** One period's rows, ranked, without previous periods. */
    private Scored scored(SubjectKind kind, Period period) {
        var formula = formulas.inForce(period);
        var body = formula.body();
        var kindFormula = body.kinds().get(kind);
        var external = externalScores(kind, period);
        var unitGrids = kind.isRegion() ? regions.unitGridCounts(kind) : Map.<String, Long>of();
        var rows = new ArrayList<Ranking.Row>();
        for (var figures : subjects(kind, period)) {
            var id = figures.subject().id();
            var scored = Scorer.score(body, kindFormula, figures, external.getOrDefault(id, Map.of()),
                    unitGrids.getOrDefault(id, 1L), kind.isRegion() && body.isClass2(id));
            rows.add(new Ranking.Row(figures.subject(), figures.figures(), scored.parts(), scored.score().doubleValue(),
                    scored.grade(), figures.caseCount(), null, null, null, List.of()));
        }
        var ranked = ranked(rows, kindFormula.minimumCases());
        var byId = new HashMap<String, Ranking.Row>();
        ranked.forEach(row -> byId.put(row.subject().id(), row));
        return new Scored(formula, ranked, byId);
    }

    private record Scored(Formula formula, List<Ranking.Row> rows, Map<String, Ranking.Row> byId) {}

    /** Ranked rows first (best score first, ties share the rank, then by name), then the unranked ones. */
    static List<Ranking.Row> ranked(List<Ranking.Row> rows, int minimumCases) {
        Comparator<Ranking.Row> order = Comparator.comparingDouble(Ranking.Row::score).reversed()
                .thenComparing(row -> row.subject().name(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(row -> row.subject().id());
        var eligible = rows.stream().filter(row -> row.caseCount() >= minimumCases).sorted(order).toList();
        var listed = rows.stream().filter(row -> row.caseCount() < minimumCases).sorted(order).toList();
        var result = new ArrayList<Ranking.Row>();
        for (int i = 0; i < eligible.size(); i++) {
            var row = eligible.get(i);
            int rank = i > 0 && eligible.get(i - 1).score() == row.score() ? result.get(i - 1).rank() : i + 1;
            result.add(withRank(row, rank));
        }
        listed.forEach(result::add);
        return result;
    }

    private static Ranking.Row withRank(Ranking.Row row, Integer rank) {
        return new Ranking.Row(row.subject(), row.figures(), row.parts(), row.score(), row.grade(), row.caseCount(),
                rank, row.previousRank(), row.previousScore(), row.flags());
    }

    /** The source's subjects; for regions also every region of the level with nothing to count (0 cases). */
    private List<SubjectFigures> subjects(SubjectKind kind, Period period) {
        var subjects = new LinkedHashMap<String, SubjectFigures>();
        source.figures(kind, period).forEach(figures -> subjects.put(figures.subject().id(), figures));
        if (kind.isRegion()) {
            regions.of(kind).forEach((code, name) -> subjects.computeIfAbsent(code,
                    c -> new SubjectFigures(new Subject(kind, c, name), Map.of(), 0)));
        }
        return List.copyOf(subjects.values());
    }

    /** Every external input's scores by subject id, then by input code. */
    private Map<String, Map<String, Double>> externalScores(SubjectKind kind, Period period) {
        var bySubject = new HashMap<String, Map<String, Double>>();
        for (var input : externals) {
            input.scores(kind, period).forEach((subject, score) ->
                    bySubject.computeIfAbsent(subject, s -> new HashMap<>()).putIfAbsent(input.input(), score));
        }
        return bySubject;
    }
}
