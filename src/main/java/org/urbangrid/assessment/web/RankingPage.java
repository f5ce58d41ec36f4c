package org.urbangrid.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.BehindScope;
import org.urbangrid.assessment.ledger.PlaceSubjects;
import org.urbangrid.organization.StaffPrincipal;

import tools.jackson.databind.json.JsonMapper;

/** The ranking table and chart of one kind and period, as the page shows them. */
@Component
class RankingPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PageTexts texts;

    private final SubjectNames names;

    private final PlaceSubjects places;

    RankingPage(PageTexts texts, SubjectNames names, PlaceSubjects places) {
        this.texts = texts;
        this.names = names;
        this.places = places;
    }

    /** One figure cell: value, n/d on hover, a drill-down link when the viewer may open it. */
    record Cell(String indicator, String value, String fraction, String href) {}

    /** One table row; {@code change} is ▲n / ▼n / = against the previous period's rank, blank when unranked. */
    record Row(String id, String rank, String change, String changeClass, String name, String score,
            String previousScore, String grade, long caseCount, boolean ranked, List<String> flags, List<Cell> cells) {}

    record Table(SubjectKind kind, String period, long formulaVersion, String formulaValidFrom,
            List<Indicator> indicators, List<Row> rows, String chart) {}

    Table table(Ranking ranking, StaffPrincipal viewer) {
        var indicators = Indicator.of(ranking.kind());
        var rows = new ArrayList<Row>();
        var own = places.heldBy(viewer.id(), ranking.kind());
        for (var row : ranking.rows()) {
            boolean mayOpen = BehindScope.allows(viewer, ranking.kind(), row.subject().id(), own);
            var cells = new ArrayList<Cell>();
            for (var indicator : indicators) {
                var figure = row.figures().get(indicator);
                var href = mayOpen && figure != null ? href(ranking.kind(), ranking.period(), row.subject().id(), indicator) : null;
                cells.add(new Cell(indicator.name(), PageTexts.value(figure), texts.fraction(figure), href));
            }
            rows.add(new Row(row.subject().id(), row.rank() == null ? "—" : row.rank().toString(), change(row),
                    changeClass(row), names.of(row.subject()), PageTexts.score(row.score()),
                    row.previousScore() == null ? "" : PageTexts.score(row.previousScore()), row.grade().name(),
                    row.caseCount(), row.ranked(), row.flags().stream().map(f -> texts.get("flag." + f)).toList(),
                    cells));
        }
        return new Table(ranking.kind(), ranking.period().toString(), ranking.formulaVersion(),
                ranking.formulaValidFrom().toString(), indicators, rows,
                chart(ranking, rows.stream().map(Row::name).toList()));
    }

    static String href(SubjectKind kind, Period period, String subject, Indicator indicator) {
        return "/console/assessment/cases?kind=" + kind + "&period=" + period + "&subject=" + subject
                + "&indicator=" + indicator;
    }

    private static String change(Ranking.Row row) {
        if (row.rank() == null || row.previousRank() == null) {
            return "";
        }
        int change = row.previousRank() - row.rank();
        return change > 0 ? "▲" + change : change < 0 ? "▼" + (-change) : "=";
    }

    private static String changeClass(Ranking.Row row) {
        if (row.rank() == null || row.previousRank() == null) {
            return "same";
        }
        int change = row.previousRank() - row.rank();
        return change > 0 ? "up" : change < 0 ? "down" : "same";
    }

    /** The bar chart's data, read by assessment.js from a data attribute (no inline script under the CSP). */
    private static String chart(Ranking ranking, List<String> names) {
        var data = new LinkedHashMap<String, Object>();
        data.put("names", names);
        data.put("scores", ranking.rows().stream().map(Ranking.Row::score).toList());
        data.put("grades", ranking.rows().stream().map(r -> r.grade().name()).toList());
        return JSON.writeValueAsString(Map.copyOf(data));
    }
}
