package org.urbangrid.chiefs.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.PhotoUploads;
import org.urbangrid.chiefs.Patrols;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The patrol's posts from the phone (each resent by the outbox under its Idempotency-Key until the server has it):
 * start ({@code Idempotency-Key} = the patrol's own key), track points, findings (直报 or fixed on the spot), end; and
 * a segment's cases as JSON. Every call: 403 unless the caller is a chief today; a segment or patrol not theirs is
 * 403 / 404.
 */
@RestController
class ChiefPhoneApi {

    static final int MAX_PHOTOS = 6;

    private final Patrols patrols;
    private final SegmentCases segmentCases;
    private final PhotoStore photos;
    private final CurrentStaff current;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    ChiefPhoneApi(Patrols patrols, SegmentCases segmentCases, PhotoStore photos, CurrentStaff current) {
        this.patrols = patrols;
        this.segmentCases = segmentCases;
        this.photos = photos;
        this.current = current;
    }

    @GetMapping("/m/patrol/api/segments/{id}/cases")
    List<SegmentCases.Row> cases(@PathVariable long id, @RequestParam(required = false) Instant beforeAt,
            @RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int size) {
        var segment = patrols.requireOwnSegment(current.get(), id);
        return segmentCases.cases(segment.id(), beforeAt, beforeId, Math.max(1, Math.min(size, 200)));
    }

    @PostMapping("/m/patrol/api/patrols")
    ResponseEntity<Patrols.Patrol> start(@RequestParam long segmentId,
            @RequestParam(required = false) Instant startedAt,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var me = current.get();
        boolean replay = key != null && patrols.byKey(me, key).isPresent();
        var patrol = patrols.start(me, segmentId, key, startedAt);
        return ResponseEntity.status(replay ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", Boolean.toString(replay)).body(patrol);
    }

    /** Track points as JSON text in the form field {@code points}: {@code [{"at":"…","lat":…,"lng":…,"acc":…}]}. */
    @PostMapping("/m/patrol/api/patrols/{patrolKey}/points")
    Patrols.Patrol points(@PathVariable String patrolKey, @RequestParam(required = false) String points) {
        var me = current.get();
        if (points == null || points.isBlank()) {
            throw UrbanGridException.invalid("chiefs.error.points-required").with("field", "points");
        }
        var list = new ArrayList<Patrols.Point>();
        try {
            var node = JSON.readTree(points);
            if (!node.isArray()) {
                throw UrbanGridException.invalid("chiefs.error.bad-point").with("field", "points");
            }
            for (var p : node) {
                if (!p.path("lat").isNumber() || !p.path("lng").isNumber() || !p.path("at").isString()) {
                    throw UrbanGridException.invalid("chiefs.error.bad-point").with("field", "points");
                }
                list.add(new Patrols.Point(Instant.parse(p.path("at").asString()), p.path("lat").asDouble(),
                        p.path("lng").asDouble(), p.path("acc").isNumber() ? p.path("acc").asDouble() : null));
            }
        } catch (tools.jackson.core.JacksonException | java.time.format.DateTimeParseException e) {
            throw UrbanGridException.invalid("chiefs.error.bad-point").with("field", "points");
        }
        return patrols.addPoints(me, patrolKey, list);
    }

    @PostMapping("/m/patrol/api/patrols/{patrolKey}/end")
    Patrols.Patrol end(@PathVariable String patrolKey, @RequestParam(required = false) Instant endedAt) {
        return patrols.end(current.get(), patrolKey, endedAt);
    }

    /** A finding with one to six photos, a class (filing condition), a position and a description. */
    @PostMapping(path = "/m/patrol/api/patrols/{patrolKey}/findings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> finding(@PathVariable String patrolKey,
            @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
            @RequestParam(required = false) String conditionCode, @RequestParam(required = false) String description,
            @RequestParam(required = false) String onSpot,
            @RequestParam(name = "photo", required = false) List<MultipartFile> photo,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletResponse response)
            throws IOException {
        var me = current.get();
        patrols.requireChief(me);
        if (latitude == null || longitude == null) {
            throw UrbanGridException.invalid("chiefs.error.position-required").with("field", "position");
        }
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw UrbanGridException.invalid("chiefs.error.description-required").with("field", "description");
        }
        var files = photo == null ? List.<MultipartFile>of() : photo.stream().filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            throw UrbanGridException.invalid("chiefs.error.photo-required").with("field", "photo");
        }
        if (files.size() > MAX_PHOTOS) {
            throw UrbanGridException.invalid("chiefs.error.too-many-photos", MAX_PHOTOS).with("field", "photo");
        }
        var stored = new ArrayList<String>();
        org.urbangrid.cases.CaseManagement.Reported reported;
        try {
            for (var file : files) {
                stored.add(PhotoUploads.store(photos, file.getBytes(), me.id(), response).id());
            }
            reported = patrols.finding(me, patrolKey, key, new Patrols.Finding(latitude, longitude,
                    conditionCode == null || conditionCode.isBlank() ? null : conditionCode.strip(),
                    description.strip(), List.copyOf(stored), "true".equals(onSpot)));
        } catch (RuntimeException refused) {
            stored.forEach(id -> photos.discard(id, me.id()));
            throw refused;
        }
        if (reported.replayed()) {
            stored.forEach(id -> photos.discard(id, me.id()));
        }
        var body = Map.<String, Object>of("id", reported.kase().id(), "number", reported.kase().number(),
                "status", reported.kase().status().name(), "replayed", reported.replayed());
        return ResponseEntity.status(reported.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/m/patrol")).header("Idempotent-Replayed", Boolean.toString(reported.replayed()))
                .body(body);
    }
}
