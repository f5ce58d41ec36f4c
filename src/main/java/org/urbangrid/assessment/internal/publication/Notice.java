package org.urbangrid.assessment.internal.publication;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;

/**
 * 考核通报: what the notice page and its PDF show — the header (district, period, published version and hash or
 * preview), the department, street, inspector and road and river chief (路长/河长, when there are any) rankings
 * with their change, a bar chart of the department
 * scores, the worst overdue cases and the units failed three periods in a row (取消评先创优资格).
 *
 * @param supersededBy the newest version when the one shown has been corrected since; null otherwise
 */
record Notice(String district, String period, String range, boolean published, Integer version, String hash,
        String publishedAt, String publishedBy, String reason, List<Section> sections, List<Bar> bars,
        List<Snapshot.OverdueCase> overdue, List<Flagged> flagged, List<Integer> versions, Integer supersededBy) {

    /** The kinds the notice ranks, in its order. */
    static final List<SubjectKind> RANKED = List.of(SubjectKind.DEPARTMENT, SubjectKind.STREET, SubjectKind.INSPECTOR,
            SubjectKind.CHIEF);
    /** Kinds whose section is left out when nobody of the kind was counted (a district without chiefs yet). */
    static final List<SubjectKind> WHEN_ANY = List.of(SubjectKind.CHIEF);
    static final String FAILED_THREE_PERIODS = "FAILED_THREE_PERIODS";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    record Section(String kind, List<Line> lines) {}

    record Line(String rank, String change, String name, String score, String grade, long cases, boolean flagged) {}

    /** One bar of the chart: its width class ({@code w-0} … {@code w-100}, steps of 2) and the score. */
    record Bar(String name, String score, String width) {}

    record Flagged(String kind, String name, String grade) {}

    static Notice of(Publications.Shown shown, String district, Words words, ZoneId zone) {
        var sections = new ArrayList<Section>();
        for (var kind : RANKED) {
            var ranking = shown.rankings().get(kind);
            if (ranking != null && !(WHEN_ANY.contains(kind) && ranking.rows().isEmpty())) {
                sections.add(new Section(words.kind(kind), ranking.rows().stream().map(row -> line(row, words)).toList()));
            }
        }
        var departments = shown.rankings().get(SubjectKind.DEPARTMENT);
        var bars = departments == null ? List.<Bar>of()
                : departments.rows().stream().map(row -> new Bar(row.subject().name(), score(row.score()),
                        width(row.score()))).toList();
        var flagged = new ArrayList<Flagged>();
        shown.rankings().forEach((kind, ranking) -> ranking.rows().stream()
                .filter(row -> row.flags() != null && row.flags().contains(FAILED_THREE_PERIODS))
                .forEach(row -> flagged.add(new Flagged(words.kind(kind), row.subject().name(),
                        row.grade() == null ? "" : row.grade().name()))));
        var p = shown.publication();
        return new Notice(district, shown.period().toString(), shown.period().from() + " – " + shown.period().to(),
                shown.published(), p == null ? null : p.version(), p == null ? null : p.contentHash(),
                p == null ? null : AT.format(p.publishedAt().atZone(zone)), p == null ? null : p.publishedByName(),
                p == null ? null : p.reason(), sections, bars, shown.overdue(), flagged, shown.versions(),
                supersededBy(p, shown.versions()));
    }

    /** The newest version when the shown one has been corrected since (said beside the status); null otherwise. */
    private static Integer supersededBy(Publication shown, List<Integer> versions) {
        if (shown == null || versions.isEmpty()) {
            return null;
        }
        int newest = versions.get(versions.size() - 1);
        return newest > shown.version() ? newest : null;
    }

    private static Line line(Ranking.Row row, Words words) {
        return new Line(row.rank() == null ? "—" : row.rank().toString(), words.change(row), row.subject().name(),
                score(row.score()), row.grade() == null ? "" : row.grade().name(), row.caseCount(),
                row.flags() != null && row.flags().contains(FAILED_THREE_PERIODS));
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    static String width(double score) {
        long step = Math.round(Math.max(0, Math.min(100, score)) / 2) * 2;
        return "w-" + step;
    }
}
