package org.urbangrid.console.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatistics;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.deadline.Light;

/** 概览: open cases by status and by light, and the most overdue, for the leader's home and its chart. */
@Component
class DeskOverview {

    private final CaseStatistics statistics;
    private final CaseQueries queries;
    private final DeskCaseRows rows;
    private final DeskTexts texts;

    DeskOverview(CaseStatistics statistics, CaseQueries queries, DeskCaseRows rows, DeskTexts texts) {
        this.statistics = statistics;
        this.queries = queries;
        this.rows = rows;
        this.texts = texts;
    }

    void addTo(Model model) {
        var byStatus = statistics.openCountsByStatus();
        model.addAttribute("statusCounts", byStatus);
        model.addAttribute("openTotal", byStatus.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("lightCounts", lights(statistics.openCountsByLight()));
        model.addAttribute("topOverdue", rows.rows(queries.overdue(0, 5)));
    }

    /** The chart's data: labels and counts in the request's language. */
    Map<String, Object> data() {
        var byStatus = statistics.openCountsByStatus();
        var statusLabels = byStatus.keySet().stream().map(s -> texts.get("cases.status." + s.name())).toList();
        var lights = lights(statistics.openCountsByLight());
        var data = new LinkedHashMap<String, Object>();
        data.put("status", Map.of("labels", statusLabels, "codes", byStatus.keySet().stream().map(CaseStatus::name).toList(),
                "counts", List.copyOf(byStatus.values())));
        data.put("light", Map.of("labels", lights.keySet().stream().map(l -> texts.get("cases.light." + l.name())).toList(),
                "codes", lights.keySet().stream().map(Light::name).toList(), "counts", List.copyOf(lights.values())));
        return data;
    }

    private static Map<Light, Long> lights(Map<Light, Long> counts) {
        var all = new LinkedHashMap<Light, Long>();
        for (var light : Light.values()) {
            all.put(light, counts.getOrDefault(light, 0L));
        }
        return all;
    }
}
