package org.urbangrid.chiefs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.chiefs.internal.ChiefStore;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.UrbanGridException;

/**
 * 路长制 / 河长制 register: segments and reaches, their chiefs and signboards, held in memory (a few hundred lines per
 * district) and matched against positions with an STRtree over envelopes widened by each segment's distance.
 *
 * <p>Matching rule: a position belongs to every segment within that segment's matching distance (the boundary
 * included, to a millimetre); the nearest of them is its primary segment (equal distances: the lower id).
 */
@Service
public class Chiefs {

    static final String CACHE = "chiefs";
    /** A boundary point counts as within: distances are equal to well under this after projection. */
    static final double EDGE_METRES = 0.001;
    private static final double METRES_PER_DEGREE = 111_320;

    /** A position's segment: how far it is and whether it is the nearest. */
    public record Match(Segment segment, double distanceMetres, boolean primary) {}

    /** What an administrator sends to make someone a chief. */
    public record NewAssignment(long segmentId, long staffId, ChiefLevel level, LocalDate since, LocalDate until,
            LocalDate letterSignedOn, LocalDate letterEndsOn) {}

    /** A signboard as entered. */
    public record NewSignboard(long segmentId, double latitude, double longitude, String shownText,
            String complaintPhone, LocalDate installedOn, String componentCode) {}

    private record State(Map<Long, Segment> segments, STRtree tree, List<ChiefAssignment> assignments,
            List<Signboard> signboards) {}

    private final ChiefStore store;
    private final Grids grids;
    private final Organization organization;
    private final CurrentStaff current;
    private final AuditLog audit;
    private final ClusterSignals signals;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;
    private final double roadDistance;
    private final double riverDistance;
    private volatile State state;

    Chiefs(ChiefStore store, Grids grids, Organization organization, CurrentStaff current, AuditLog audit,
            ClusterSignals signals, TransactionTemplate tx, Clock clock,
            @Value("${urbangrid.zone:Asia/Shanghai}") String zone,
            @Value("${urbangrid.chiefs.road-distance:30}") double roadDistance,
            @Value("${urbangrid.chiefs.river-distance:50}") double riverDistance) {
        this.store = store;
        this.grids = grids;
        this.organization = organization;
        this.current = current;
        this.audit = audit;
        this.signals = signals;
        this.tx = tx;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.roadDistance = roadDistance;
        this.riverDistance = riverDistance;
        signals.register(CACHE, this::reload);
    }

    /** The kind's default matching distance in metres (configurable: {@code urbangrid.chiefs.road-distance}, 30; river 50). */
    public double defaultDistance(SegmentKind kind) {
        return kind == SegmentKind.ROAD ? roadDistance : riverDistance;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---------- reading ----------

    public List<Segment> segments() {
        return state().segments().values().stream()
                .sorted(Comparator.comparing((Segment s) -> s.kind()).thenComparing(Segment::code)).toList();
    }

    public Optional<Segment> segment(long id) {
        return Optional.ofNullable(state().segments().get(id));
    }

    public Segment requireSegment(long id) {
        return segment(id).orElseThrow(() -> UrbanGridException.notFound("chiefs.error.segment-not-found", id));
    }

    /** Every assignment of the segment, current and past, by level. */
    public List<ChiefAssignment> assignments(long segmentId) {
        return state().assignments().stream().filter(a -> a.segmentId() == segmentId)
                .sorted(Comparator.comparing(ChiefAssignment::level).thenComparingLong(ChiefAssignment::id)).toList();
    }

    /** The segment's chiefs on the day. */
    public List<ChiefAssignment> chiefsOn(long segmentId, LocalDate day) {
        return assignments(segmentId).stream().filter(a -> a.activeOn(day)).toList();
    }

    public List<ChiefAssignment> assignmentsOf(long staffId) {
        return state().assignments().stream().filter(a -> a.staffId() == staffId).toList();
    }

    /** The segments the staff member is a chief of on the day, in the register's order. */
    public List<Segment> segmentsOf(long staffId, LocalDate day) {
        var ids = assignmentsOf(staffId).stream().filter(a -> a.activeOn(day)).map(ChiefAssignment::segmentId)
                .collect(Collectors.toSet());
        return segments().stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** Whether the person is a chief of at least one segment today, and an active staff member. */
    public boolean isChief(long staffId) {
        return !segmentsOf(staffId, today()).isEmpty()
                && organization.staff(staffId).map(s -> s.active()).orElse(false);
    }

    public List<Signboard> signboards(long segmentId) {
        return state().signboards().stream().filter(b -> b.segmentId() == segmentId).toList();
    }

    /** The name of a staff member as the register shows it. */
    public Optional<String> staffName(long staffId) {
        return organization.staff(staffId).map(s -> s.displayName());
    }

    // ---------- matching ----------

    /** The segments the position belongs to, nearest (primary) first. */
    public List<Match> matches(double latitude, double longitude) {
        var s = state();
        var probe = new Envelope(longitude, longitude, latitude, latitude);
        var found = new ArrayList<Match>();
        for (Object o : s.tree().query(probe)) {
            var segment = (Segment) o;
            double d = Shapes.distanceMetres(segment.line(), latitude, longitude);
            if (d <= segment.matchDistanceMetres() + EDGE_METRES) {
                found.add(new Match(segment, d, false));
            }
        }
        found.sort(Comparator.comparingDouble(Match::distanceMetres).thenComparingLong(m -> m.segment().id()));
        var out = new ArrayList<Match>();
        for (int i = 0; i < found.size(); i++) {
            var m = found.get(i);
            out.add(new Match(m.segment(), m.distanceMetres(), i == 0));
        }
        return out;
    }

    /** The segments crossing (or touching) a shape, such as a unit grid. */
    public List<Segment> crossing(Geometry shape) {
        var out = new ArrayList<Segment>();
        for (Object o : state().tree().query(shape.getEnvelopeInternal())) {
            var segment = (Segment) o;
            if (segment.line().intersects(shape)) {
                out.add(segment);
            }
        }
        out.sort(Comparator.comparingLong(Segment::id));
        return out;
    }

    // ---------- changing (administrators) ----------

    /**
     * Imports segments from a GeoJSON FeatureCollection of LineString/MultiLineString features with properties
     * {@code code}, {@code name}, {@code kind} (ROAD or RIVER; or the given default) and optionally {@code distance}
     * (metres). All or nothing: a single bad feature stores none, and the report names every bad one.
     */
    public SegmentImportResult importGeoJson(String geoJson, SegmentKind defaultKind) {
        var me = current.require(Role.ADMIN);
        var features = Shapes.readFeatures(geoJson);
        var problems = new ArrayList<SegmentImportResult.Problem>();
        var box = districtEnvelope();
        var known = new HashSet<>(store.codes());
        var seen = new HashSet<String>();
        record Valid(String code, String name, SegmentKind kind, Geometry line, double length, Double distance) {}
        var valid = new ArrayList<Valid>();
        for (var f : features) {
            var code = f.text("code");
            String reason = null;
            String detail = null;
            var kindText = f.text("kind");
            SegmentKind kind = defaultKind;
            Double distance = null;
            if (f.problem() != null) {
                reason = "chiefs.import.bad-geometry";
                detail = f.problem();
            } else if (f.geometry() == null || !(f.geometry().getGeometryType().equals("LineString")
                    || f.geometry().getGeometryType().equals("MultiLineString"))) {
                reason = "chiefs.import.not-a-line";
                detail = f.geometry() == null ? null : f.geometry().getGeometryType();
            } else if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
                reason = "chiefs.import.bad-code";
                detail = code;
            } else if (!seen.add(code)) {
                reason = "chiefs.import.duplicate-code";
                detail = code;
            } else if (known.contains(code)) {
                reason = "chiefs.import.code-exists";
                detail = code;
            } else if (f.text("name") == null || f.text("name").length() > 200 || hasControl(f.text("name"))) {
                reason = "chiefs.import.bad-name";
            } else if (kindText != null && parseKind(kindText) == null) {
                reason = "chiefs.import.bad-kind";
                detail = kindText;
            } else if (box == null || !box.contains(f.geometry().getEnvelopeInternal())) {
                reason = "chiefs.import.outside-district";
            } else if (Shapes.lengthMetres(f.geometry()) < 1) {
                reason = "chiefs.import.zero-length";
            } else if (f.text("distance") != null) {
                try {
                    distance = Double.parseDouble(f.text("distance"));
                    if (!(distance >= 1 && distance <= 500)) {
                        reason = "chiefs.import.bad-distance";
                        detail = f.text("distance");
                    }
                } catch (NumberFormatException e) {
                    reason = "chiefs.import.bad-distance";
                    detail = f.text("distance");
                }
            }
            if (reason != null) {
                problems.add(new SegmentImportResult.Problem(f.index(), code, reason, detail));
                continue;
            }
            if (kindText != null) {
                kind = parseKind(kindText);
            }
            valid.add(new Valid(code, f.text("name"), kind, f.geometry(), Shapes.lengthMetres(f.geometry()), distance));
        }
        if (!problems.isEmpty()) {
            return new SegmentImportResult(0, List.copyOf(problems));
        }
        tx.executeWithoutResult(status -> {
            for (var v : valid) {
                store.insertSegment(v.code(), v.name(), v.kind(), Shapes.toWkt(v.line()), v.length(), v.distance(),
                        clock.instant());
            }
            audit.record("chiefs", "import-segments", valid.size() + " segments", null,
                    valid.stream().map(Valid::code).toList());
            signals.changed(CACHE);
        });
        return new SegmentImportResult(valid.size(), List.of());
    }

    /** Sets a segment's own matching distance (null: back to its kind's default). */
    public Segment setDistance(long segmentId, Double metres) {
        current.require(Role.ADMIN);
        var before = requireSegment(segmentId);
        if (metres != null && !(metres >= 1 && metres <= 500)) {
            throw UrbanGridException.invalid("chiefs.error.bad-distance").with("field", "distance");
        }
        tx.executeWithoutResult(status -> {
            store.setDistance(segmentId, metres);
            audit.record("chiefs", "set-distance", before.code(), before.matchDistanceMetres(), metres);
            signals.changed(CACHE);
        });
        return requireSegment(segmentId);
    }

    /** Makes a staff member a chief of a segment at a level. */
    public ChiefAssignment assign(NewAssignment a) {
        current.require(Role.ADMIN);
        var segment = requireSegment(a.segmentId());
        var staff = organization.staff(a.staffId()).filter(s -> s.active() && s.role() != Role.CHANNEL)
                .orElseThrow(() -> UrbanGridException.invalid("chiefs.error.staff-unknown", a.staffId())
                        .with("field", "staffId"));
        if (a.level() == null) {
            throw UrbanGridException.invalid("chiefs.error.level-required").with("field", "level");
        }
        if (a.since() == null) {
            throw UrbanGridException.invalid("chiefs.error.since-required").with("field", "since");
        }
        if (a.until() != null && a.until().isBefore(a.since())) {
            throw UrbanGridException.invalid("chiefs.error.until-before-since").with("field", "until");
        }
        if (a.letterEndsOn() != null && a.letterSignedOn() != null && a.letterEndsOn().isBefore(a.letterSignedOn())) {
            throw UrbanGridException.invalid("chiefs.error.letter-ends-before-signed").with("field", "letterEndsOn");
        }
        long id = tx.execute(status -> {
            long created = store.insertAssignment(segment.id(), staff.id(), a.level(), a.since(), a.until(),
                    a.letterSignedOn(), a.letterEndsOn(), clock.instant());
            audit.record("chiefs", "assign-chief", segment.code(), null, Map.of("staff", staff.username(),
                    "level", a.level().name(), "since", a.since().toString()));
            signals.changed(CACHE);
            return created;
        });
        return store.assignment(id).orElseThrow();
    }

    /** Ends an assignment on a day (the chief stays one through it). */
    public ChiefAssignment endAssignment(long assignmentId, LocalDate until) {
        current.require(Role.ADMIN);
        var a = store.assignment(assignmentId)
                .orElseThrow(() -> UrbanGridException.notFound("chiefs.error.assignment-not-found", assignmentId));
        if (until == null || until.isBefore(a.since())) {
            throw UrbanGridException.invalid("chiefs.error.until-before-since").with("field", "until");
        }
        tx.executeWithoutResult(status -> {
            store.endAssignment(assignmentId, until);
            audit.record("chiefs", "end-chief", String.valueOf(assignmentId), a.until() == null ? null
                    : a.until().toString(), until.toString());
            signals.changed(CACHE);
        });
        return store.assignment(assignmentId).orElseThrow();
    }

    /** Records a signboard (公示牌) of a segment. */
    public Signboard addSignboard(NewSignboard b) {
        current.require(Role.ADMIN);
        var segment = requireSegment(b.segmentId());
        if (b.shownText() == null || b.shownText().isBlank() || b.shownText().length() > 1000) {
            throw UrbanGridException.invalid("chiefs.error.signboard-text").with("field", "shownText");
        }
        if (b.complaintPhone() != null && !b.complaintPhone().isBlank()
                && !b.complaintPhone().strip().matches("\\+?[0-9][0-9-]{1,18}[0-9]")) {
            throw UrbanGridException.invalid("chiefs.error.signboard-phone").with("field", "complaintPhone");
        }
        if (b.componentCode() != null && !b.componentCode().isBlank() && !b.componentCode().matches("\\d{16}")) {
            throw UrbanGridException.invalid("chiefs.error.signboard-component").with("field", "componentCode");
        }
        if (Shapes.distanceMetres(segment.line(), b.latitude(), b.longitude()) > 200) {
            throw UrbanGridException.invalid("chiefs.error.signboard-far").with("field", "position");
        }
        long id = tx.execute(status -> {
            long created = store.insertSignboard(segment.id(), b.latitude(), b.longitude(), b.shownText().strip(),
                    blank(b.complaintPhone()), b.installedOn(), blank(b.componentCode()), clock.instant());
            audit.record("chiefs", "add-signboard", segment.code(), null, b.shownText().strip());
            signals.changed(CACHE);
            return created;
        });
        return state().signboards().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    // ---------- cache ----------

    private State state() {
        var s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    reload();
                }
                s = state;
            }
        }
        return s;
    }

    /** Reloads the register from the tables (after a change here, or another node's). */
    public synchronized void reload() {
        var segments = new LinkedHashMap<Long, Segment>();
        var tree = new STRtree();
        for (var row : store.segments()) {
            var line = Shapes.fromWkt(row.wkt());
            double distance = row.matchDistance() != null ? row.matchDistance() : defaultDistance(row.kind());
            var segment = new Segment(row.id(), row.code(), row.name(), row.kind(), line, row.lengthMetres(),
                    distance, row.matchDistance() != null);
            segments.put(row.id(), segment);
            var env = new Envelope(line.getEnvelopeInternal());
            double lat = env.centre().y;
            double margin = 1.1 * (distance + 1);
            env.expandBy(margin / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat))), margin / METRES_PER_DEGREE);
            tree.insert(env, segment);
        }
        tree.build();
        state = new State(Map.copyOf(segments), tree, List.copyOf(store.assignments()), List.copyOf(store.signboards()));
    }

    private Envelope districtEnvelope() {
        return grids.ofLevel(GridLevel.DISTRICT).stream().findFirst().flatMap(d -> grids.geometryOf(d.code()))
                .map(Geometry::getEnvelopeInternal).orElse(null);
    }

    private static SegmentKind parseKind(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ROAD", "路段" -> SegmentKind.ROAD;
            case "RIVER", "河段" -> SegmentKind.RIVER;
            default -> null;
        };
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Segment ids as a set, for scope checks. */
    public static Set<Long> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).collect(Collectors.toSet());
    }
}
