package org.urbangrid.console.cases;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.catalog.Components;
import org.urbangrid.grid.BaseMap;
import org.urbangrid.platform.UrbanGridException;

/**
 * The data the console's and the phone's maps read with the browser's session (js/map.js): the base map (the same
 * GeoJSON as {@code GET /api/map/base}, which takes bearer tokens only, with its ETag and private caching), the open
 * cases and the components in a box. Refusals are RFC 9457 problems, not the console's error page.
 */
@RestController
class DeskMapDataController {

    private final BaseMap baseMap;
    private final CaseQueries queries;
    private final Components components;
    private final DeskLookups lookups;
    private final MessageSource messages;
    private final org.urbangrid.platform.Problems problems;

    DeskMapDataController(BaseMap baseMap, CaseQueries queries, Components components, DeskLookups lookups,
            MessageSource messages, org.urbangrid.platform.Problems problems) {
        this.problems = problems;
        this.baseMap = baseMap;
        this.queries = queries;
        this.components = components;
        this.lookups = lookups;
        this.messages = messages;
    }

    @GetMapping(path = "/console/map/base", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> base(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
            WebRequest request) {
        var view = BaseMap.View.parse(bbox, zoom);
        var etag = "\"basemap-" + baseMap.version() + "\"";
        var cache = CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).eTag(etag)
                .cacheControl(cache).body(baseMap.geoJson(view));
    }

    /** A case as the map's point layer draws it; {@code className} in the page's language where the catalogue has one. */
    record CasePoint(long id, String number, double lat, double lng, String light, String status, String statusName,
            String className) {}

    record CasePoints(List<CasePoint> points, boolean truncated, int cap) {}

    /**
     * The open cases the caller may see inside {@code bbox=minLng,minLat,maxLng,maxLat} (WGS84), soonest deadline first,
     * at most {@link CaseQueries#MAP_POINT_CAP} ({@code truncated} says more matched).
     */
    @GetMapping(path = "/console/map/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    CasePoints cases(@RequestParam(required = false) String bbox, Locale locale) {
        var box = MapBox.parse(bbox);
        var found = queries.mapPoints(box.minLng(), box.minLat(), box.maxLng(), box.maxLat());
        var classNames = lookups.classNames();
        var points = found.points().stream().map(p -> new CasePoint(p.id(), p.number(), p.latitude(), p.longitude(),
                p.light() == null ? null : p.light().name(), p.status().name(),
                messages.getMessage("cases.status." + p.status().name(), null, p.status().name(), locale),
                p.classCode() == null ? null : classNames.getOrDefault(p.classCode(), p.classCode()))).toList();
        return new CasePoints(points, found.truncated(), CaseQueries.MAP_POINT_CAP);
    }

    record ComponentPoint(String code, String name, String className, String state, double lat, double lng) {}

    record ComponentPoints(List<ComponentPoint> points, boolean truncated, int cap) {}

    /** The register's components inside {@code bbox} (WGS84), for the map's component layer; at most 5,000. */
    @GetMapping(path = "/console/map/components", produces = MediaType.APPLICATION_JSON_VALUE)
    ComponentPoints components(@RequestParam(required = false) String bbox) {
        var box = MapBox.parse(bbox);
        var found = components.within(box.minLng(), box.minLat(), box.maxLng(), box.maxLat(), CaseQueries.MAP_POINT_CAP);
        return new ComponentPoints(found.points().stream().map(p -> new ComponentPoint(p.code(), p.name(), p.className(),
                p.state().name(), p.latitude(), p.longitude())).toList(), found.truncated(), CaseQueries.MAP_POINT_CAP);
    }

    @ExceptionHandler(UrbanGridException.class)
    ResponseEntity<ProblemDetail> refused(UrbanGridException e, Locale locale) {
        // JSON for the map's scripts, in the API's problem shape (the package's page advice would render a page)
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(e, locale));
    }
}
