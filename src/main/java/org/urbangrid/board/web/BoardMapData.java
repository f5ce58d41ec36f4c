package org.urbangrid.board.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;

/**
 * The board map's data, open to everyone: the platform's own base map (roads, water, parks, blocks: the same GeoJSON
 * as the console's, publicly cacheable) and the case points as GeoJSON with public fields only — the newest
 * {@value #OPEN_CAP} open cases and the cases closed in the last {@value #CLOSED_DAYS} days among the newest
 * {@value #CLOSED_CAP} closed.
 */
@RestController
class BoardMapData {

    static final int OPEN_CAP = 500;
    static final int CLOSED_CAP = 300;
    static final int CLOSED_DAYS = 30;

    record Point(String type, double[] coordinates) {}

    record Feature(String type, Point geometry, Map<String, Object> properties) {}

    record FeatureCollection(String type, List<Feature> features, boolean truncated) {}

    private final PublicCases cases;
    private final BoardWords words;
    private final Clock clock;

    BoardMapData(PublicCases cases, BoardWords words, Clock clock) {
        this.cases = cases;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping(path = "/public/board/map/cases", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<FeatureCollection> cases() {
        var open = cases.search(new PublicQuery(null, null, null, null, true, null, null, null, null, null, 0,
                OPEN_CAP + 1));
        var closed = cases.search(PublicQuery.newest(CLOSED_CAP).inStates(BoardPages.CLOSED));
        var since = clock.instant().minus(Duration.ofDays(CLOSED_DAYS));
        var features = new ArrayList<Feature>();
        open.stream().limit(OPEN_CAP).forEach(c -> features.add(feature(c)));
        closed.stream().filter(c -> c.closedAt() != null && !c.closedAt().isBefore(since))
                .forEach(c -> features.add(feature(c)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
                .body(new FeatureCollection("FeatureCollection", features, open.size() > OPEN_CAP));
    }

    private Feature feature(PublicCase c) {
        var p = new LinkedHashMap<String, Object>();
        p.put("number", c.number());
        p.put("status", c.publicStatus().name());
        p.put("statusName", words.text("board.status." + c.publicStatus().name()));
        p.put("open", c.publicStatus().open());
        p.put("overdue", c.overdue() && c.status().isOpen());
        p.put("className", words.className(c.classCode()));
        p.put("address", c.address());
        p.put("reportedAt", words.time(c.reportedAt()));
        p.put("closedAt", c.status() == CaseStatus.CLOSED ? words.time(c.closedAt()) : null);
        return new Feature("Feature", new Point("Point", new double[] {c.longitude(), c.latitude()}), p);
    }

}
