package org.urbangrid.console.cases;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.cases.CaseDashboard;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatistics;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.deadline.Light;
import org.urbangrid.platform.PlatformProperties;

/**
 * 概览: open cases by status and by light, today's reported and closed, the most overdue, and this month's street
 * and department tables from the assessment, for the leader's home and the overview page.
 *
 * <p>The red count is the overdue list's own total (the same query as {@code /console/overdue}, open running
 * cases marked overdue), so the two never disagree; green and yellow come from the grouped light counts.
 */
@Component
class DeskOverview {

    /** The figure each assessment table shows beside the score. */
    static final Map<SubjectKind, Indicator> KEY_FIGURE = Map.of(SubjectKind.STREET, Indicator.ON_TIME_CLOSE_RATE,
            SubjectKind.DEPARTMENT, Indicator.ON_TIME_HANDLE_RATE);

    /** One row of an assessment table as the overview shows it. */
    record TableRow(Integer rank, String name, String score, String grade, long caseCount, String keyFigure) {}

    private final CaseStatistics statistics;
    private final CaseQueries queries;
    private final CaseDashboard dashboard;
    private final Rankings rankings;
    private final DeskCaseRows rows;
    private final DeskTexts texts;
    private final Clock clock;
    private final PlatformProperties platform;

    DeskOverview(CaseStatistics statistics, CaseQueries queries, CaseDashboard dashboard, Rankings rankings,
            DeskCaseRows rows, DeskTexts texts, Clock clock, PlatformProperties platform) {
        this.statistics = statistics;
        this.queries = queries;
        this.dashboard = dashboard;
        this.rankings = rankings;
        this.rows = rows;
        this.texts = texts;
        this.clock = clock;
        this.platform = platform;
    }

    /** The summary (home and overview page). */
    void addTo(Model model) {
        var open = statistics.openCounts();
        var byStatus = open.byStatus();
        model.addAttribute("statusCounts", byStatus);
        model.addAttribute("openTotal", byStatus.values().stream().mapToLong(Long::longValue).sum());
        var overdue = queries.overdue(0, 5);
        model.addAttribute("lightCounts", lights(open.byLight(), overdue));
        model.addAttribute("overdueTotal", overdue.total());
        model.addAttribute("overdueCapped", overdue.totalCapped());
        model.addAttribute("topOverdue", rows.rows(overdue));
        var now = clock.instant();
        var today = now.atZone(platform.zone()).toLocalDate();
        var bounds = List.of(today.atStartOfDay(platform.zone()).toInstant(), now.plusNanos(1));
        model.addAttribute("reportedToday", dashboard.reportedCounts(bounds)[0]);
        model.addAttribute("closedToday", dashboard.closedCounts(bounds)[0]);
    }

    /** The overview page: the summary and this month's assessment of streets and departments. */
    void addPageTo(Model model) {
        addTo(model);
        var month = YearMonth.from(clock.instant().atZone(platform.zone()));
        var period = Period.month(month);
        model.addAttribute("assessmentMonth", period.toString());
        model.addAttribute("streetTable", table(rankings.ranking(SubjectKind.STREET, period), SubjectKind.STREET));
        model.addAttribute("departmentTable", table(rankings.ranking(SubjectKind.DEPARTMENT, period), SubjectKind.DEPARTMENT));
    }

    private List<TableRow> table(Ranking ranking, SubjectKind kind) {
        var key = KEY_FIGURE.get(kind);
        return ranking.rows().stream().map(row -> {
            var figure = row.figures().get(key);
            var value = figure == null ? null : figure.value();
            var keyText = value == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", value * 100,
                    figure.numerator(), figure.denominator());
            return new TableRow(row.rank(), row.subject().name(),
                    row.ranked() ? String.format(java.util.Locale.ROOT, "%.1f", row.score()) : "—",
                    row.ranked() ? row.grade().name() : "—", row.caseCount(), keyText);
        }).toList();
    }

    /** The chart's data: labels and counts in the request's language. */
    Map<String, Object> data() {
        var open = statistics.openCounts();
        var byStatus = open.byStatus();
        var statusLabels = byStatus.keySet().stream().map(s -> texts.get("cases.status." + s.name())).toList();
        var lights = lights(open.byLight(), queries.overdue(0, 1));
        var data = new LinkedHashMap<String, Object>();
        data.put("status", Map.of("labels", statusLabels, "codes", byStatus.keySet().stream().map(CaseStatus::name).toList(),
                "counts", List.copyOf(byStatus.values())));
        data.put("light", Map.of("labels", lights.keySet().stream().map(l -> texts.get("cases.light." + l.name())).toList(),
                "codes", lights.keySet().stream().map(Light::name).toList(), "counts", List.copyOf(lights.values())));
        return data;
    }

    /** Every light, red being the overdue list's total. */
    private static Map<Light, Long> lights(Map<Light, Long> counts, CasePage overdue) {
        var all = new LinkedHashMap<Light, Long>();
        for (var light : Light.values()) {
            all.put(light, light == Light.RED ? overdue.total() : counts.getOrDefault(light, 0L));
        }
        return all;
    }
}
