package org.urbangrid.chiefs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.NewReport;
import org.urbangrid.chiefs.internal.ChiefStore;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 巡查: a chief's patrol of one of their segments, its GPS track and its findings. Every write is keyed by the phone
 * (the outbox's Idempotency-Key, or the patrol's own key), so a post resent after the signal came back changes
 * nothing the first one made.
 */
@Service
public class Patrols {

    /** Track points one post may carry. */
    public static final int MAX_POINTS = 500;
    /** A phone's clock may run this far ahead of the server's. */
    static final Duration SKEW = Duration.ofMinutes(5);
    /** How long a phone may keep a patrol before it reaches the server. */
    static final Duration KEPT = Duration.ofDays(7);

    /** A patrol as the phone and the scorecard see it. */
    public record Patrol(long id, String key, long staffId, long segmentId, Instant startedAt, Instant endedAt,
            int points, int findings) {}

    /** A point as the phone sends it. */
    public record Point(Instant at, double latitude, double longitude, Double accuracy) {}

    /** A finding as the phone sends it (photos already stored as the chief's uploads). */
    public record Finding(double latitude, double longitude, String conditionCode, String description,
            List<String> photoIds, boolean onSpot) {}

    private final Chiefs chiefs;
    private final ChiefStore store;
    private final CaseManagement cases;
    private final TransactionTemplate tx;
    private final Clock clock;

    Patrols(Chiefs chiefs, ChiefStore store, CaseManagement cases, TransactionTemplate tx, Clock clock) {
        this.chiefs = chiefs;
        this.store = store;
        this.cases = cases;
        this.tx = tx;
        this.clock = clock;
    }

    /** 403 unless the person is a chief of at least one segment today. */
    public List<Segment> requireChief(StaffPrincipal me) {
        var mine = chiefs.segmentsOf(me.id(), chiefs.today());
        if (mine.isEmpty() || !chiefs.isChief(me.id())) {
            throw UrbanGridException.forbidden("chiefs.error.not-a-chief");
        }
        return mine;
    }

    /** 403 unless the segment is one of the person's today. */
    public Segment requireOwnSegment(StaffPrincipal me, long segmentId) {
        return requireChief(me).stream().filter(s -> s.id() == segmentId).findFirst()
                .orElseThrow(() -> UrbanGridException.forbidden("chiefs.error.not-your-segment", segmentId));
    }

    /** Starts a patrol (or answers the one started with the same key). */
    public Patrol start(StaffPrincipal me, long segmentId, String key, Instant startedAt) {
        requireKey(key);
        var earlier = store.patrolByKey(me.id(), key);
        if (earlier.isPresent()) {
            return view(earlier.get());
        }
        requireOwnSegment(me, segmentId);
        var at = phoneTime("startedAt", startedAt, null);
        try {
            long id = tx.execute(status -> store.insertPatrol(me.id(), segmentId, key, at, clock.instant()));
            return view(store.patrol(id).orElseThrow());
        } catch (org.springframework.dao.DuplicateKeyException concurrent) {
            return view(store.patrolByKey(me.id(), key).orElseThrow());
        }
    }

    /** Adds track points; the ones stored already are left as they are. Answers the patrol. */
    public Patrol addPoints(StaffPrincipal me, String patrolKey, List<Point> points) {
        var patrol = own(me, patrolKey);
        if (points == null || points.isEmpty()) {
            throw UrbanGridException.invalid("chiefs.error.points-required").with("field", "points");
        }
        if (points.size() > MAX_POINTS) {
            throw UrbanGridException.invalid("chiefs.error.too-many-points", MAX_POINTS).with("field", "points");
        }
        var rows = points.stream().map(p -> {
            if (p == null || !(p.latitude() >= -90 && p.latitude() <= 90 && p.longitude() >= -180
                    && p.longitude() <= 180) || (p.accuracy() != null && !(p.accuracy() >= 0))) {
                throw UrbanGridException.invalid("chiefs.error.bad-point").with("field", "points");
            }
            var at = phoneTime("points", p.at(), patrol.startedAt().minus(Duration.ofMinutes(1)));
            return new ChiefStore.TrackPoint(patrol.id(), at, p.latitude(), p.longitude(), p.accuracy());
        }).toList();
        tx.executeWithoutResult(status -> store.addPoints(patrol.id(), rows));
        return view(store.patrol(patrol.id()).orElseThrow());
    }

    /** Ends the patrol; a patrol ended already keeps its first end. */
    public Patrol end(StaffPrincipal me, String patrolKey, Instant endedAt) {
        var patrol = own(me, patrolKey);
        if (patrol.endedAt() == null) {
            var at = phoneTime("endedAt", endedAt, patrol.startedAt());
            tx.executeWithoutResult(status -> store.endPatrol(patrol.id(), at));
        }
        return view(store.patrol(patrol.id()).orElseThrow());
    }

    /**
     * A finding of the patrol: a report straight to the centre (直报, source {@link CaseSource#CHIEF}, class and photo
     * required like an inspector's) or a problem fixed on the spot ({@link CaseManagement#handleOnSpot}). The key is
     * the case's idempotency key, so a resend answers the first case.
     */
    public CaseManagement.Reported finding(StaffPrincipal me, String patrolKey, String key, Finding f) {
        requireKey(key);
        var patrol = own(me, patrolKey);
        var report = new NewReport(CaseSource.CHIEF, f.latitude(), f.longitude(), f.conditionCode(), f.description(),
                f.photoIds(), null, null);
        var reported = f.onSpot() ? cases.handleOnSpot(report, Optional.of("chief-finding:" + key))
                : cases.report(report, Optional.of("chief-finding:" + key));
        if (store.findingByKey(patrol.id(), key).isEmpty()) {
            tx.executeWithoutResult(status -> store.insertFinding(patrol.id(), reported.kase().id(),
                    f.onSpot() ? "ON_SPOT" : "REPORT", key, clock.instant()));
        }
        return reported;
    }

    public Optional<Patrol> byKey(StaffPrincipal me, String key) {
        return store.patrolByKey(me.id(), key).map(this::view);
    }

    public List<Patrol> recent(StaffPrincipal me, int limit) {
        return store.recentPatrols(me.id(), limit).stream().map(this::view).toList();
    }

    private ChiefStore.PatrolRow own(StaffPrincipal me, String key) {
        requireChief(me);
        return store.patrolByKey(me.id(), key == null ? "" : key)
                .orElseThrow(() -> UrbanGridException.notFound("chiefs.error.patrol-not-found", key));
    }

    private Patrol view(ChiefStore.PatrolRow row) {
        int points = store.points(List.of(row.id())).size();
        int findings = store.findings(List.of(row.id())).size();
        return new Patrol(row.id(), row.clientKey(), row.staffId(), row.segmentId(), row.startedAt(), row.endedAt(),
                points, findings);
    }

    /** A time from the phone: not ahead of the server by more than the skew, not older than a week (or than {@code after}). */
    private Instant phoneTime(String field, Instant at, Instant after) {
        var now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(SKEW)) || at.isBefore(now.minus(KEPT)) || (after != null && at.isBefore(after))) {
            throw UrbanGridException.invalid("chiefs.error.bad-time", field).with("field", field);
        }
        return at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 64 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw UrbanGridException.invalid("chiefs.error.key-required").with("field", "Idempotency-Key");
        }
    }
}
