package org.urbangrid.chiefs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.cases.ScopedCaseReads;
import org.urbangrid.chiefs.ChiefAssignment;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.PatrolCoverage;
import org.urbangrid.grid.Shapes;

/**
 * 路长/河长考评: a segment's or a chief's figures over a period [from, to): the cases linked to the segment(s) and
 * reported in the period by their state now, how many are open and past their stage's deadline now, repeats, and
 * patrol coverage. The on-time rate of handling is the assessment's (it reads each stage's lateness from its
 * ledger); this card shows what the case rows honestly say today: open cases overdue now, and cases closed.
 *
 * <p>A repeat (重复发生) is a case of the same class within {@link #REPEAT_METRES} and {@link #REPEAT_WITHIN} after an
 * earlier case on the same segment (the earlier one may lie before the period).
 */
@Service
public class Scorecards {

    public static final double REPEAT_METRES = 50;
    public static final Duration REPEAT_WITHIN = Duration.ofDays(30);
    private static final int MAX_CASES = 10_000;

    /** The figures. */
    public record Scorecard(String subject, long cases, Map<CaseStatus, Long> byStatus, long open, long closed,
            long overdueNow, long repeats, PatrolCoverage.Coverage coverage) {}

    private final Chiefs chiefs;
    private final ChiefStore store;
    private final ScopedCaseReads cases;
    private final PatrolCoverage coverage;

    Scorecards(Chiefs chiefs, ChiefStore store, ScopedCaseReads cases, PatrolCoverage coverage) {
        this.chiefs = chiefs;
        this.store = store;
        this.cases = cases;
        this.coverage = coverage;
    }

    public Scorecard ofSegment(long segmentId, Instant from, Instant to) {
        var segment = chiefs.requireSegment(segmentId);
        return card("segment:" + segmentId, List.of(segmentId), from, to, coverage.ofSegment(segmentId, from, to),
                segment.name());
    }

    /** Over the segments the person was a chief of at some time in the period. */
    public Scorecard ofChief(long staffId, Instant from, Instant to) {
        var first = java.time.LocalDate.ofInstant(from, chiefs.zone());
        var last = java.time.LocalDate.ofInstant(to.minusNanos(1), chiefs.zone());
        var ids = chiefs.assignmentsOf(staffId).stream()
                .filter(a -> !a.since().isAfter(last) && (a.until() == null || !a.until().isBefore(first)))
                .map(ChiefAssignment::segmentId).distinct().toList();
        return card("chief:" + staffId, ids, from, to, coverage.ofChief(staffId, from, to), null);
    }

    private Scorecard card(String subject, List<Long> segmentIds, Instant from, Instant to,
            PatrolCoverage.Coverage cover, String name) {
        var inPeriod = new LinkedHashMap<Long, ChiefStore.Link>();
        long repeats = 0;
        var repeated = new HashSet<Long>();
        for (long segmentId : segmentIds) {
            var links = store.links(segmentId, from.minus(REPEAT_WITHIN), to, null, null, MAX_CASES);
            var summaries = new LinkedHashMap<Long, CaseSummary>();
            cases.summariesInCheckedScope(links.stream().map(ChiefStore.Link::caseId).toList())
                    .forEach(s -> summaries.put(s.id(), s));
            var ordered = new ArrayList<>(links);
            ordered.sort(java.util.Comparator.comparing(ChiefStore.Link::reportedAt)
                    .thenComparingLong(ChiefStore.Link::caseId));
            for (int i = 0; i < ordered.size(); i++) {
                var c = ordered.get(i);
                if (c.reportedAt().isBefore(from) || !summaries.containsKey(c.caseId())) {
                    continue;
                }
                inPeriod.putIfAbsent(c.caseId(), c);
                var cls = summaries.get(c.caseId()).classCode();
                if (cls == null || repeated.contains(c.caseId())) {
                    continue;
                }
                for (int j = 0; j < i; j++) {
                    var e = ordered.get(j);
                    var es = summaries.get(e.caseId());
                    if (es != null && Objects.equals(cls, es.classCode())
                            && !e.reportedAt().isBefore(c.reportedAt().minus(REPEAT_WITHIN))
                            && Shapes.distanceMetres(Shapes.point(e.latitude(), e.longitude()), c.latitude(),
                                    c.longitude()) <= REPEAT_METRES) {
                        repeated.add(c.caseId());
                        repeats++;
                        break;
                    }
                }
            }
        }
        var byStatus = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        long open = 0;
        long closed = 0;
        long overdue = 0;
        for (var s : cases.summariesInCheckedScope(List.copyOf(inPeriod.keySet()))) {
            byStatus.merge(s.status(), 1L, Long::sum);
            if (s.status().isOpen()) {
                open++;
                if (s.clock() != null && !s.clock().suspended() && s.clock().secondsLeft() < 0) {
                    overdue++;
                }
            } else if (s.status() == CaseStatus.CLOSED) {
                closed++;
            }
        }
        return new Scorecard(name == null ? subject : name, inPeriod.size(), byStatus, open, closed, overdue, repeats,
                cover);
    }
}
