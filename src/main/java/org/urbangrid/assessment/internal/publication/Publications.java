package org.urbangrid.assessment.internal.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.assessment.AssessmentPublished;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 考核结果发布 (publication that stays honest): a week, month, quarter or year that has ended is frozen — the
 * rankings of every {@link SubjectKind} and the worst overdue cases — into one canonical JSON snapshot with its
 * SHA-256, stored append-only. A period published once is only published again as a correction: a new version
 * with a reason; every version stays readable and the newest is current. Reading a published period reads the
 * snapshot, never a recomputation.
 */
@Service
class Publications {

    static final Set<Period.Kind> PUBLISHABLE = EnumSet.of(Period.Kind.WEEK, Period.Kind.MONTH, Period.Kind.QUARTER,
            Period.Kind.YEAR);
    static final int MAX_REASON = 1000;
    /** The notice names the overdue cases of this many departments with the largest 按期处置 shortfall… */
    static final int OVERDUE_DEPARTMENTS = 5;
    /** …and at most this many cases of each. */
    static final int OVERDUE_PER_DEPARTMENT = 5;

    private final Rankings rankings;
    private final IndicatorSource indicators;
    private final PublicationRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    Publications(Rankings rankings, IndicatorSource indicators, PublicationRows rows,
            AuditLog audit, ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.rankings = rankings;
        this.indicators = indicators;
        this.rows = rows;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    /** A published version with its canonical snapshot text (the bytes the hash is over) and that text read back. */
    record Published(Publication publication, String canonical, Snapshot snapshot, List<Integer> versions) {}

    /** The rankings a notice or export shows: a published version's, or live ones ({@code publication} null). */
    record Shown(Period period, Publication publication, Map<SubjectKind, Ranking> rankings,
            List<Snapshot.OverdueCase> overdue, List<Integer> versions) {

        boolean published() {
            return publication != null;
        }
    }

    @Transactional
    public Publication publish(String periodText, String reasonText, StaffPrincipal by) {
        var period = publishable(periodText);
        var reason = reason(reasonText);
        int latest = rows.latestVersion(period.toString());
        if (latest > 0 && reason == null) {
            throw UrbanGridException.conflict("error.assessment.publication.needs-reason", period.toString(), latest)
                    .with("field", "reason").with("currentVersion", latest);
        }
        var snapshot = freeze(period);
        var canonical = SnapshotCodec.canonical(snapshot);
        var publication = new Publication(0, period.toString(), period.kind().name(), latest + 1, clock.instant(),
                by.id(), by.displayName(), reason, snapshot.formulaVersions(), SnapshotCodec.sha256(canonical));
        try {
            rows.insert(period, publication, canonical);
        } catch (DuplicateKeyException raced) {
            throw UrbanGridException.conflict("error.assessment.publication.raced", period.toString());
        }
        var before = latest == 0 ? null : summary(rows.versions(period.toString()).get(latest - 1));
        audit.record("assessment", latest == 0 ? "publish" : "correct", period.toString(), before, summary(publication));
        events.publishEvent(new AssessmentPublished(period.toString(), publication.version(),
                publication.contentHash(), reason, publication.publishedAt(), by.displayName()));
        return publication;
    }

    /** The current version of every published period, newest period first. */
    List<Publication> list(int limit) {
        return rows.current(Math.max(1, Math.min(limit, 500)));
    }

    /** A published version (the current one when {@code version} is null); empty when not published. */
    Optional<Published> read(Period period, Integer version) {
        var versions = rows.versions(period.toString());
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        var chosen = version == null ? versions.get(versions.size() - 1)
                : versions.stream().filter(p -> p.version() == version).findFirst().orElseThrow(
                        () -> UrbanGridException.notFound("error.assessment.publication.no-version", period.toString(),
                                version).with("field", "version"));
        var canonical = rows.snapshot(period.toString(), chosen.version()).orElseThrow();
        return Optional.of(new Published(chosen, canonical, SnapshotCodec.read(canonical),
                versions.stream().map(Publication::version).toList()));
    }

    /** What a notice or export of the period shows: the current published version, or the live rankings. */
    Shown shown(Period period) {
        var published = shownIfPublished(period);
        if (published != null) {
            return published;
        }
        var live = freeze(period);
        return new Shown(period, null, live.toRankings(), live.overdue(), List.of());
    }

    /** The current published version as a notice or export shows it; null when the period is not published. */
    Shown shownIfPublished(Period period) {
        return shownIfPublished(period, null);
    }

    /**
     * A published version as a notice or export shows it (the current one when {@code version} is null); null when
     * the period is not published; 404 naming {@code version} when it has no such version.
     */
    Shown shownIfPublished(Period period, Integer version) {
        return read(period, version).map(published -> new Shown(period, published.publication(),
                published.snapshot().toRankings(), published.snapshot().overdue(), published.versions())).orElseGet(() -> {
                    if (version != null) {
                        throw UrbanGridException.notFound("error.assessment.publication.no-version", period.toString(),
                                version).with("field", "version");
                    }
                    return null;
                });
    }

    /** Today's rankings of every kind and the worst overdue cases, as a snapshot would hold them. */
    Snapshot freeze(Period period) {
        var byKind = new LinkedHashMap<SubjectKind, Ranking>();
        for (var kind : SubjectKind.values()) {
            byKind.put(kind, rankings.ranking(kind, period));
        }
        return Snapshot.of(period, List.copyOf(byKind.values()), overdue(byKind.get(SubjectKind.DEPARTMENT), period));
    }

    private List<Snapshot.OverdueCase> overdue(Ranking departments, Period period) {
        if (departments == null) {
            return List.of();
        }
        var worst = departments.rows().stream()
                .filter(row -> shortfall(row) > 0)
                .sorted(Comparator.comparingLong(Publications::shortfall).reversed()
                        .thenComparing(row -> row.subject().id()))
                .limit(OVERDUE_DEPARTMENTS)
                .toList();
        var cases = new ArrayList<Snapshot.OverdueCase>();
        for (var row : worst) {
            var behind = indicators.behind(SubjectKind.DEPARTMENT, row.subject().id(), period,
                    Indicator.ON_TIME_HANDLE_RATE, IndicatorSource.Part.SHORTFALL, null, OVERDUE_PER_DEPARTMENT);
            behind.cases().stream().limit(OVERDUE_PER_DEPARTMENT).forEach(c -> cases.add(new Snapshot.OverdueCase(
                    row.subject().id(), row.subject().name(), c.caseId(), c.caseNumber(), c.status(), c.note())));
        }
        return cases;
    }

    static long shortfall(Ranking.Row row) {
        var figure = row.figures().get(Indicator.ON_TIME_HANDLE_RATE);
        return figure == null ? 0 : figure.denominator() - figure.numerator();
    }

    /** Reads a period that may be published: a week, month, quarter or year that has ended in the city. */
    Period publishable(String text) {
        var period = period(text);
        if (!PUBLISHABLE.contains(period.kind())) {
            throw UrbanGridException.invalid("error.assessment.publication.kind", period.toString())
                    .with("field", "period");
        }
        if (!period.to().isBefore(today())) {
            throw UrbanGridException.conflict("error.assessment.publication.not-over", period.toString(),
                    period.to().toString()).with("field", "period");
        }
        return period;
    }

    /** Reads a period's written form; a 400 naming the field {@code period} otherwise. */
    static Period period(String text) {
        if (text == null || text.isBlank()) {
            throw UrbanGridException.invalid("error.assessment.period.required").with("field", "period");
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("error.assessment.period.invalid", text.strip()).with("field", "period");
        }
    }

    private static String reason(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var reason = text.strip();
        if (reason.length() > MAX_REASON) {
            throw UrbanGridException.invalid("error.assessment.publication.reason-too-long", MAX_REASON)
                    .with("field", "reason");
        }
        return reason;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), platform.zone());
    }

    private static Map<String, Object> summary(Publication publication) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("version", publication.version());
        summary.put("contentHash", publication.contentHash());
        summary.put("formulaVersions", publication.formulaVersions());
        summary.put("reason", publication.reason());
        return summary;
    }
}
