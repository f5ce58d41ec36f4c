package org.urbangrid.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test double of the ledger: the figures a test sets per kind and period, and the cases behind one figure.
 * Figures are given as {@code indicator, numerator, denominator} triples.
 */
public class InMemoryIndicatorSource implements IndicatorSource {

    private final Map<String, List<SubjectFigures>> figures = new HashMap<>();
    private final Map<String, List<CaseBehind>> behind = new HashMap<>();

    public synchronized void clear() {
        figures.clear();
        behind.clear();
    }

    /** Adds a subject's figures, e.g. {@code put(kind, period, "7", "环卫", 60, VALID_REPORT_RATE, 45, 50, …)}. */
    public synchronized InMemoryIndicatorSource put(SubjectKind kind, Period period, String id, String name,
            long caseCount, Object... triples) {
        var map = new LinkedHashMap<Indicator, Figure>();
        for (int i = 0; i < triples.length; i += 3) {
            var indicator = (Indicator) triples[i];
            map.put(indicator, new Figure(indicator, ((Number) triples[i + 1]).longValue(),
                    ((Number) triples[i + 2]).longValue()));
        }
        figures.computeIfAbsent(kind + "|" + period, k -> new ArrayList<>())
                .add(new SubjectFigures(new Subject(kind, id, name), map, caseCount));
        return this;
    }

    public synchronized void putBehind(SubjectKind kind, String id, Period period, Indicator indicator, Part part,
            CaseBehind... cases) {
        behind.put(key(kind, id, period, indicator, part), List.of(cases));
    }

    @Override
    public synchronized List<SubjectFigures> figures(SubjectKind kind, Period period) {
        return List.copyOf(figures.getOrDefault(kind + "|" + period, List.of()));
    }

    @Override
    public synchronized CasesBehind behind(SubjectKind kind, String subjectId, Period period, Indicator indicator,
            Part part, String after, int size) {
        var all = behind.getOrDefault(key(kind, subjectId, period, indicator, part), List.of());
        long from = after == null ? Long.MIN_VALUE : Long.parseLong(after);
        var page = all.stream().filter(c -> c.caseId() > from).limit(size + 1L).toList();
        if (page.size() > size) {
            return new CasesBehind(page.subList(0, size), Long.toString(page.get(size - 1).caseId()));
        }
        return new CasesBehind(page, null);
    }

    private static String key(SubjectKind kind, String id, Period period, Indicator indicator, Part part) {
        return kind + "|" + id + "|" + period + "|" + indicator + "|" + part;
    }
}
