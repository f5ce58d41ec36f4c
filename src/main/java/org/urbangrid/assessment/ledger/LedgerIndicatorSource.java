package org.urbangrid.assessment.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.assessment.Figure;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Subject;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.cases.CaseHistories;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.platform.UrbanGridException;

/**
 * The indicators from the ledger: the daily rollups summed over the period, plus the open tasks whose deadline has
 * passed by now (read live from the pending rows), by subject; 漏报率 from the area's filed cases. Subjects by place
 * (segments, chiefs, grid keepers) are named by the duty system that owns their key.
 */
@Service
@Transactional(readOnly = true)
class LedgerIndicatorSource implements IndicatorSource {

    private static final int MAX_PAGE = 200;

    private final LedgerStore store;
    private final Organization organization;
    private final Grids grids;
    private final CaseHistories histories;
    private final PlaceSubjects places;
    private final Clock clock;

    LedgerIndicatorSource(LedgerStore store, Organization organization, Grids grids, CaseHistories histories,
            PlaceSubjects places, Clock clock) {
        this.store = store;
        this.places = places;
        this.organization = organization;
        this.grids = grids;
        this.histories = histories;
        this.clock = clock;
    }

    @Override
    public List<SubjectFigures> figures(SubjectKind kind, Period period) {
        var bySubject = new TreeMap<String, Map<String, long[]>>();
        var sums = store.sums(kind, period.from(), period.to());
        for (var sum : sums) {
            add(bySubject, subjectOf(kind, sum), sum);
        }
        if (LedgerStore.hasPending(kind)) {
            for (var sum : store.dueNow(kind, period.from(), period.to(), clock.instant())) {
                add(bySubject, sum.subjectId(), sum);
            }
        }
        if (kind == SubjectKind.INSPECTOR) {
            missed(bySubject, sums, period);
            waitingReports(bySubject, period);
        }
        var out = new ArrayList<SubjectFigures>();
        bySubject.forEach((id, codes) -> {
            var figures = new EnumMap<Indicator, Figure>(Indicator.class);
            for (var indicator : Indicator.of(kind)) {
                var n = codes.getOrDefault(indicator.name(), new long[2]);
                figures.put(indicator, new Figure(indicator, n[0], n[1]));
            }
            long cases = codes.getOrDefault(Fact.CASES, new long[2])[0];
            out.add(new SubjectFigures(new Subject(kind, id, name(kind, id)), figures, cases));
        });
        return out;
    }

    private static void add(Map<String, Map<String, long[]>> bySubject, String subject, LedgerStore.Sum sum) {
        var n = bySubject.computeIfAbsent(subject, k -> new HashMap<>()).computeIfAbsent(sum.code(), k -> new long[2]);
        n[0] += sum.num();
        n[1] += sum.den();
    }

    /**
     * Inspectors' reports nobody has moved yet are not in the ledger ({@link Ledger#waiting}): read live from the
     * case rows. Such a case has a report and a pool desk's open task only, so it adds one report and one case.
     */
    private void waitingReports(Map<String, Map<String, long[]>> bySubject, Period period) {
        histories.waitingInspectorReports(start(period), end(period)).forEach((reporter, count) -> {
            var codes = bySubject.computeIfAbsent(Long.toString(reporter), k -> new HashMap<>());
            codes.computeIfAbsent(Indicator.REPORTS.name(), k -> new long[2])[0] += count;
            codes.computeIfAbsent(Fact.CASES, k -> new long[2])[0] += count;
        });
    }

    private Instant start(Period period) {
        return period.from().atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The subject a rollup row belongs to: its own id, or the region level's code of its unit grid. */
    private static String subjectOf(SubjectKind kind, LedgerStore.Sum sum) {
        return switch (kind) {
            case COMMUNITY -> sum.communityCode();
            case STREET -> sum.streetCode();
            case DISTRICT -> sum.streetCode().substring(0, 6);
            default -> sum.subjectId();
        };
    }

    /** 漏报率 = (filed in the area − filed in the area that the inspector reported) / filed in the area. */
    private void missed(Map<String, Map<String, long[]>> bySubject, List<LedgerStore.Sum> inspectorSums,
            Period period) {
        var filed = new HashMap<String, Long>();
        for (var sum : store.sums(SubjectKind.UNIT_GRID, period.from(), period.to())) {
            if (sum.code().equals(Indicator.FILED.name())) {
                filed.merge(sum.subjectId(), sum.num(), Long::sum);
            }
        }
        for (var inspector : organization.staffWithRole(Role.INSPECTOR)) {
            var id = Long.toString(inspector.id());
            Set<String> area = organization.areaOf(inspector.id());
            long den = area.stream().mapToLong(g -> filed.getOrDefault(g, 0L)).sum();
            if (den == 0) {
                continue;
            }
            long ownInArea = inspectorSums.stream().filter(s -> s.code().equals(Fact.OWN_FILED)
                    && s.subjectId().equals(id) && area.contains(s.unitGridCode())).mapToLong(LedgerStore.Sum::num).sum();
            bySubject.computeIfAbsent(id, k -> new HashMap<>()).put(Indicator.MISSED_RATE.name(), new long[] {den - ownInArea, den});
        }
    }

    private String name(SubjectKind kind, String id) {
        return switch (kind) {
            case DEPARTMENT -> organization.department(Long.parseLong(id)).map(Department::name).orElse("#" + id);
            case UNIT_GRID, COMMUNITY, STREET, DISTRICT -> grids.nameOf(id).orElse(id);
            case SEGMENT, CHIEF, GRID_KEEPER -> places.nameOf(kind, id);
            default -> organization.staff(Long.parseLong(id)).map(StaffMember::displayName).orElse("#" + id);
        };
    }

    @Override
    public CasesBehind behind(SubjectKind kind, String subjectId, Period period, Indicator indicator, Part part,
            String after, int size) {
        if (!indicator.appliesTo(kind)) {
            throw UrbanGridException.invalid("error.assessment.indicator-not-for-kind", indicator.name(), kind.name())
                    .with("field", "indicator");
        }
        long afterId = cursor(after);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<LedgerStore.CaseSum> sums;
        if (indicator == Indicator.MISSED_RATE) {
            long inspector = Long.parseLong(subjectId);
            sums = store.missed(inspector, organization.areaOf(inspector), period.from(), period.to(), afterId, part,
                    limit + 1);
        } else {
            sums = store.cases(kind, indicator.name(), LedgerStore.Scope.of(kind, subjectId), period.from(),
                    period.to(), clock.instant(), afterId, part, limit + 1);
            if (kind == SubjectKind.INSPECTOR && indicator == Indicator.REPORTS && part == Part.NUMERATOR) {
                sums = withWaitingReports(sums, Long.parseLong(subjectId), period, afterId, limit + 1);
            }
        }
        var page = sums.size() > limit ? sums.subList(0, limit) : sums;
        var labels = histories.labels(page.stream().map(LedgerStore.CaseSum::caseId).toList());
        var cases = new ArrayList<CaseBehind>();
        for (var s : page) {
            var label = labels.get(s.caseId());
            var note = indicator.rate() ? s.num() + "/" + s.den() : Long.toString(s.num());
            cases.add(new CaseBehind(s.caseId(), label == null ? null : label.number(),
                    label == null ? null : label.status().name(), note));
        }
        var next = sums.size() > limit ? Long.toString(page.get(page.size() - 1).caseId()) : null;
        return new CasesBehind(cases, next);
    }

    /** The ledger's reports and the live waiting ones ({@link Ledger#waiting}), merged in case id order. */
    private List<LedgerStore.CaseSum> withWaitingReports(List<LedgerStore.CaseSum> fromLedger, long inspector,
            Period period, long afterId, int size) {
        var merged = new ArrayList<>(fromLedger);
        histories.waitingInspectorReports(inspector, start(period), end(period), afterId, size)
                .forEach(id -> merged.add(new LedgerStore.CaseSum(id, 1, 0)));
        merged.sort(java.util.Comparator.comparingLong(LedgerStore.CaseSum::caseId));
        return merged.size() > size ? List.copyOf(merged.subList(0, size)) : merged;
    }

    private static long cursor(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(after.trim());
        } catch (NumberFormatException e) {
            throw UrbanGridException.invalid("error.assessment.bad-cursor", after).with("field", "after");
        }
    }
}
