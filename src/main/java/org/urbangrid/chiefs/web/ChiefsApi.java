package org.urbangrid.chiefs.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.PatrolCoverage;
import org.urbangrid.chiefs.SegmentImportResult;
import org.urbangrid.chiefs.SegmentKind;
import org.urbangrid.chiefs.internal.Scorecards;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/**
 * {@code /api/chiefs}: segments (list, import), chief assignments, and scorecards of a segment or a chief over any
 * period [from, to). Import and assignments: administrators. Scorecards: administrators and leaders, or the chief for
 * their own card and their own segments'.
 */
@RestController
class ChiefsApi {

    /** A segment as the API lists it. */
    record SegmentJson(long id, String code, String name, SegmentKind kind, double lengthMetres,
            double matchDistanceMetres) {}

    private final Chiefs chiefs;
    private final Scorecards scorecards;
    private final PatrolCoverage coverage;
    private final CurrentStaff current;

    ChiefsApi(Chiefs chiefs, Scorecards scorecards, PatrolCoverage coverage, CurrentStaff current) {
        this.chiefs = chiefs;
        this.scorecards = scorecards;
        this.coverage = coverage;
        this.current = current;
    }

    @GetMapping("/api/chiefs/segments")
    List<SegmentJson> segments() {
        current.require(Role.ADMIN, Role.LEADER);
        return chiefs.segments().stream().map(s -> new SegmentJson(s.id(), s.code(), s.name(), s.kind(),
                s.lengthMetres(), s.matchDistanceMetres())).toList();
    }

    /** The body is a GeoJSON FeatureCollection; 422 with the report when any feature is bad (nothing stored). */
    @PostMapping(path = "/api/chiefs/segments/import", consumes = {"application/json", "application/geo+json"})
    ResponseEntity<SegmentImportResult> importGeoJson(@RequestBody String body,
            @RequestParam(defaultValue = "ROAD") SegmentKind kind) {
        current.require(Role.ADMIN);
        var result = chiefs.importGeoJson(body, kind);
        return ResponseEntity.status(result.ok() ? 201 : 422).body(result);
    }

    @PostMapping("/api/chiefs/assignments")
    ResponseEntity<Object> assign(@RequestBody Chiefs.NewAssignment assignment) {
        current.require(Role.ADMIN);
        return ResponseEntity.status(201).body(chiefs.assign(assignment));
    }

    @GetMapping("/api/chiefs/segments/{id}/scorecard")
    Scorecards.Scorecard segmentCard(@PathVariable long id, @RequestParam Instant from, @RequestParam Instant to) {
        var me = current.get();
        if (!me.is(Role.ADMIN) && !me.is(Role.LEADER)
                && chiefs.segmentsOf(me.id(), chiefs.today()).stream().noneMatch(s -> s.id() == id)) {
            throw UrbanGridException.forbidden("chiefs.error.not-your-segment", id);
        }
        requirePeriod(from, to);
        chiefs.requireSegment(id);
        return scorecards.ofSegment(id, from, to);
    }

    @GetMapping("/api/chiefs/chiefs/{staffId}/scorecard")
    Scorecards.Scorecard chiefCard(@PathVariable long staffId, @RequestParam Instant from, @RequestParam Instant to) {
        var me = current.get();
        if (!me.is(Role.ADMIN) && !me.is(Role.LEADER) && me.id() != staffId) {
            throw UrbanGridException.forbidden("chiefs.error.not-your-card");
        }
        requirePeriod(from, to);
        return scorecards.ofChief(staffId, from, to);
    }

    @GetMapping("/api/chiefs/coverage")
    Map<Long, PatrolCoverage.Coverage> coverage(@RequestParam Instant from, @RequestParam Instant to) {
        current.require(Role.ADMIN, Role.LEADER);
        requirePeriod(from, to);
        return coverage.bySegment(from, to);
    }

    private static void requirePeriod(Instant from, Instant to) {
        if (!to.isAfter(from) || java.time.Duration.between(from, to).toDays() > 366) {
            throw UrbanGridException.invalid("chiefs.error.bad-period").with("field", "to");
        }
    }
}
