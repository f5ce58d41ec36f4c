package org.urbangrid.assessment.internal.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Grade;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectKind;

/**
 * 考核快照: what a publication froze — every kind's ranking of the period with each row's figures (numerator and
 * denominator), parts, score, grade, ranks and flags, and the worst overdue cases the notice names. Only plain
 * values, so its canonical JSON (and so its hash) depends on nothing but the published content.
 */
record Snapshot(int schema, String period, LocalDate from, LocalDate to, List<KindRanking> rankings,
        List<OverdueCase> overdue) {

    static final int SCHEMA = 1;

    record KindRanking(String kind, long formulaVersion, LocalDate formulaValidFrom, List<Row> rows) {}

    record Row(String subjectId, String name, Integer rank, Integer previousRank, Double previousScore, double score,
            String grade, long caseCount, Map<String, Double> parts, List<String> flags, List<Count> figures) {}

    record Count(String indicator, long numerator, long denominator) {}

    /** A case behind a department's shortfall in 按期处置率 (handled late or still overdue) at publication. */
    record OverdueCase(String subjectId, String subjectName, long caseId, String caseNumber, String status,
            String note) {}

    static Snapshot of(Period period, List<Ranking> rankings, List<OverdueCase> overdue) {
        return new Snapshot(SCHEMA, period.toString(), period.from(), period.to(),
                rankings.stream().map(Snapshot::kindRanking).toList(), List.copyOf(overdue));
    }

    private static KindRanking kindRanking(Ranking ranking) {
        var rows = new ArrayList<Row>();
        for (var row : ranking.rows()) {
            var figures = row.figures().values().stream()
                    .sorted(java.util.Comparator.comparing(f -> f.indicator().ordinal()))
                    .map(f -> new Count(f.indicator().name(), f.numerator(), f.denominator()))
                    .toList();
            rows.add(new Row(row.subject().id(), row.subject().name(), row.rank(), row.previousRank(),
                    row.previousScore(), row.score(), row.grade() == null ? null : row.grade().name(), row.caseCount(),
                    new TreeMap<>(row.parts() == null ? Map.of() : row.parts()),
                    row.flags() == null ? List.of() : List.copyOf(row.flags()), figures));
        }
        return new KindRanking(ranking.kind().name(), ranking.formulaVersion(), ranking.formulaValidFrom(), rows);
    }

    /** The rankings back as the module's records, kind by kind, as they were published. */
    Map<SubjectKind, Ranking> toRankings() {
        var period = Period.parse(this.period);
        var byKind = new LinkedHashMap<SubjectKind, Ranking>();
        for (var kindRanking : rankings) {
            var kind = SubjectKind.valueOf(kindRanking.kind());
            var rows = kindRanking.rows().stream().map(row -> {
                var figures = new EnumMap<Indicator, Figure>(Indicator.class);
                for (var count : row.figures()) {
                    var indicator = Indicator.valueOf(count.indicator());
                    figures.put(indicator, new Figure(indicator, count.numerator(), count.denominator()));
                }
                return new Ranking.Row(new Subject(kind, row.subjectId(), row.name()), figures,
                        new LinkedHashMap<>(row.parts()), row.score(),
                        row.grade() == null ? null : Grade.valueOf(row.grade()), row.caseCount(), row.rank(),
                        row.previousRank(), row.previousScore(), row.flags());
            }).toList();
            byKind.put(kind, new Ranking(kind, period, kindRanking.formulaVersion(), kindRanking.formulaValidFrom(),
                    rows));
        }
        return byKind;
    }

    /** The formula versions used, by kind, as the list shows them ("DEPARTMENT=3,..."). */
    String formulaVersions() {
        var versions = new TreeMap<String, Long>();
        rankings.forEach(r -> versions.put(r.kind(), r.formulaVersion()));
        var text = new StringBuilder();
        versions.forEach((kind, version) -> text.append(text.isEmpty() ? "" : ",").append(kind).append('=').append(version));
        return text.toString();
    }
}
