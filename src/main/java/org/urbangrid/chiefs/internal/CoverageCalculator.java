package org.urbangrid.chiefs.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Component;
import org.urbangrid.chiefs.ChiefAssignment;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.PatrolCoverage;
import org.urbangrid.chiefs.Segment;

/**
 * {@link PatrolCoverage}: the line is cut into pieces of at most {@link #STEP_METRES}; a piece counts as patrolled
 * when its middle lies within {@link PatrolCoverage#COVER_METRES} of a track point, so the covered length is exact to
 * a piece at each end of a patrolled stretch.
 */
@Component
class CoverageCalculator implements PatrolCoverage {

    static final double STEP_METRES = 5;
    private static final double M = 111_320;

    private final Chiefs chiefs;
    private final ChiefStore store;

    CoverageCalculator(Chiefs chiefs, ChiefStore store) {
        this.chiefs = chiefs;
        this.store = store;
    }

    @Override
    public Coverage ofSegment(long segmentId, Instant from, Instant to) {
        var segment = chiefs.requireSegment(segmentId);
        var patrols = store.patrols(List.of(segmentId), null, from, to);
        return coverage(List.of(segment), patrols);
    }

    @Override
    public Coverage ofChief(long staffId, Instant from, Instant to) {
        var zone = chiefs.zone();
        var first = LocalDate.ofInstant(from, zone);
        var last = LocalDate.ofInstant(to.minusNanos(1), zone);
        var ids = new HashSet<Long>();
        for (ChiefAssignment a : chiefs.assignmentsOf(staffId)) {
            if (!a.since().isAfter(last) && (a.until() == null || !a.until().isBefore(first))) {
                ids.add(a.segmentId());
            }
        }
        var segments = chiefs.segments().stream().filter(s -> ids.contains(s.id())).toList();
        var patrols = store.patrols(ids, staffId, from, to);
        return coverage(segments, patrols);
    }

    @Override
    public Map<Long, Coverage> bySegment(Instant from, Instant to) {
        var out = new LinkedHashMap<Long, Coverage>();
        var patrols = store.patrols(null, null, from, to);
        for (var segment : chiefs.segments()) {
            out.put(segment.id(), coverage(List.of(segment),
                    patrols.stream().filter(p -> p.segmentId() == segment.id()).toList()));
        }
        return out;
    }

    /** Each segment covered by the points of the patrols on it. */
    private Coverage coverage(List<Segment> segments, List<ChiefStore.PatrolRow> patrols) {
        var points = store.points(patrols.stream().map(ChiefStore.PatrolRow::id).toList());
        var patrolSegment = new java.util.HashMap<Long, Long>();
        patrols.forEach(p -> patrolSegment.put(p.id(), p.segmentId()));
        double length = 0;
        double covered = 0;
        for (var segment : segments) {
            var tree = new STRtree();
            int n = 0;
            for (var p : points) {
                if (patrolSegment.get(p.patrolId()) == segment.id()) {
                    tree.insert(new Envelope(p.longitude(), p.longitude(), p.latitude(), p.latitude()), p);
                    n++;
                }
            }
            length += segment.lengthMetres();
            if (n > 0) {
                covered += coveredMetres(segment.line(), tree);
            }
        }
        var days = new HashSet<LocalDate>();
        patrols.forEach(p -> days.add(LocalDate.ofInstant(p.startedAt(), chiefs.zone())));
        return new Coverage(length, covered, days.size(), patrols.size());
    }

    /** The length of the line within {@link PatrolCoverage#COVER_METRES} of a point in the tree. */
    static double coveredMetres(Geometry line, STRtree points) {
        double covered = 0;
        for (var part : parts(line)) {
            var cs = part.getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                covered += coveredOfEdge(cs[i - 1], cs[i], points);
            }
        }
        return covered;
    }

    private static double coveredOfEdge(Coordinate a, Coordinate b, STRtree points) {
        double cos = Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dx = (b.x - a.x) * M * cos;
        double dy = (b.y - a.y) * M;
        double edge = Math.hypot(dx, dy);
        if (edge == 0) {
            return 0;
        }
        int pieces = (int) Math.ceil(edge / STEP_METRES);
        double piece = edge / pieces;
        double covered = 0;
        double rLat = COVER_METRES / M;
        double rLng = COVER_METRES / (M * cos);
        for (int k = 0; k < pieces; k++) {
            double t = (k + 0.5) / pieces;
            double lng = a.x + t * (b.x - a.x);
            double lat = a.y + t * (b.y - a.y);
            var near = points.query(new Envelope(lng - rLng, lng + rLng, lat - rLat, lat + rLat));
            for (Object o : near) {
                var p = (ChiefStore.TrackPoint) o;
                double px = (p.longitude() - lng) * M * cos;
                double py = (p.latitude() - lat) * M;
                if (Math.hypot(px, py) <= COVER_METRES) {
                    covered += piece;
                    break;
                }
            }
        }
        return covered;
    }

    private static List<LineString> parts(Geometry line) {
        var out = new ArrayList<LineString>();
        for (int i = 0; i < line.getNumGeometries(); i++) {
            if (line.getGeometryN(i) instanceof LineString ls) {
                out.add(ls);
            }
        }
        return out;
    }
}
