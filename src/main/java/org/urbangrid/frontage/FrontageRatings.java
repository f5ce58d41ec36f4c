package org.urbangrid.frontage;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.frontage.internal.FrontageStore;
import org.urbangrid.frontage.internal.RatingRules;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 月度评定: each active unit's score for a month from its record (the cases linked to it and reported that month,
 * the repeats among them, the steps taken on it that month; see {@link RatingRules}), stored per unit and month —
 * computing a month again replaces it. And the 文明单位 / 评先创优 eligibility list: a unit that failed
 * {@value RatingRules#FAILURES_IN_A_ROW} months in a row is removed (flagged).
 */
@Service
public class FrontageRatings {

    /** Linked cases in these states are not counted: found not real, not filed, cancelled, merged into another. */
    static final Set<CaseStatus> NOT_COUNTED =
            EnumSet.of(CaseStatus.INVALID, CaseStatus.NOT_FILED, CaseStatus.CANCELLED, CaseStatus.MERGED);

    /** One line of the eligibility list: the unit, its latest rating, and the run that removed it, if any. */
    public record Eligibility(FrontageUnit unit, Rating latest, YearMonth removedAfter) {

        public boolean eligible() {
            return removedAfter == null;
        }
    }

    private final FrontageStore store;
    private final PublicCases cases;
    private final AuditLog audit;
    private final Clock clock;
    private final PlatformProperties platform;
    private final int passMark;

    FrontageRatings(FrontageStore store, PublicCases cases, AuditLog audit, Clock clock, PlatformProperties platform,
            @Value("${urbangrid.frontage.pass-mark:80}") int passMark) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
        this.platform = platform;
        this.passMark = passMark;
    }

    public int passMark() {
        return passMark;
    }

    /** The month before the current one in the city's zone: the one the monthly task rates. */
    public YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(platform.zone())).minusMonths(1);
    }

    /** Computes (or recomputes, replacing) every active unit's rating for a month that has begun. */
    @Transactional
    public List<Rating> compute(YearMonth month) {
        if (month.isAfter(YearMonth.now(clock.withZone(platform.zone())))) {
            throw UrbanGridException.invalid("frontage.error.month-future", month.toString()).with("field", "month");
        }
        var zone = platform.zone();
        var from = month.atDay(1).atStartOfDay(zone).toInstant();
        var to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        var statuses = new HashMap<Long, Optional<CaseStatus>>();
        var casesOf = new HashMap<Long, int[]>();
        for (var link : store.linksBetween(from, to)) {
            var status = statuses.computeIfAbsent(link.caseId(), id -> cases.byId(id).map(PublicCase::status));
            if (status.isEmpty() || NOT_COUNTED.contains(status.get())) {
                continue;
            }
            var counts = casesOf.computeIfAbsent(link.unitId(), id -> new int[2]);
            counts[0]++;
            if (link.repeat()) {
                counts[1]++;
            }
        }
        Map<Long, Map<StepKind, Long>> stepsOf = store.stepsBetween(month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(Step::unitId, Collectors.groupingBy(Step::kind, Collectors.counting())));
        var now = clock.instant();
        var ratings = new ArrayList<Rating>();
        for (var unit : store.activeUnits()) {
            var c = casesOf.getOrDefault(unit.id(), new int[2]);
            var s = stepsOf.getOrDefault(unit.id(), Map.of());
            int d = s.getOrDefault(StepKind.DISSUADE, 0L).intValue();
            int n = s.getOrDefault(StepKind.NOTICE, 0L).intValue();
            int p = s.getOrDefault(StepKind.PENALTY, 0L).intValue();
            int score = RatingRules.score(c[0], c[1], d, n, p);
            ratings.add(new Rating(unit.id(), month, score, score >= passMark, c[0], c[1], d, n, p, now));
        }
        store.replaceRatings(month, ratings);
        audit.record("frontage", "compute-ratings", month.toString(), null,
                Map.of("units", ratings.size(), "failed", ratings.stream().filter(r -> !r.passed()).count()));
        return ratings;
    }

    public List<Rating> ratings(YearMonth month) {
        return store.ratings(month);
    }

    /** A unit's ratings, the latest month first. */
    public List<Rating> ratingsOf(long unitId) {
        return store.ratingsOf(unitId);
    }

    /** The months rated, the latest first. */
    public List<YearMonth> ratedMonths() {
        return store.ratedMonths().stream().map(YearMonth::parse).toList();
    }

    /** The run that removed the unit, as of a month (see {@link RatingRules#removal}). */
    public Optional<YearMonth> removal(long unitId, YearMonth asOf) {
        return RatingRules.removal(passedByMonth(store.ratingsOf(unitId)), asOf);
    }

    /** 文明单位 / 评先创优 list as of a month: every active unit, eligible or removed, in id order. */
    public List<Eligibility> eligibility(YearMonth asOf) {
        var byUnit = store.ratingsBetween(asOf.minusMonths(RatingRules.WINDOW_MONTHS + 2), asOf).stream()
                .collect(Collectors.groupingBy(Rating::unitId));
        var list = new ArrayList<Eligibility>();
        for (var unit : store.activeUnits()) {
            var ratings = byUnit.getOrDefault(unit.id(), List.of());
            var latest = ratings.stream().max(java.util.Comparator.comparing(Rating::month)).orElse(null);
            list.add(new Eligibility(unit.withoutContact(), latest,
                    RatingRules.removal(passedByMonth(ratings), asOf).orElse(null)));
        }
        return list;
    }

    private static Map<YearMonth, Boolean> passedByMonth(List<Rating> ratings) {
        var map = new HashMap<YearMonth, Boolean>();
        ratings.forEach(r -> map.put(r.month(), r.passed()));
        return map;
    }
}
