package org.urbangrid.citizens.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.urbangrid.grid.BaseMap;

/**
 * 公众底图: {@code GET /public/map/base?bbox=&zoom=} — the platform's own base map (roads, water, green, blocks, place
 * labels) as GeoJSON for the public pages' maps, the same features as the staff's {@code /api/map/base}, which needs
 * a token. Nothing in it is about a person or a case; cacheable by anyone.
 */
@RestController
class PublicMap {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final BaseMap baseMap;

    PublicMap(BaseMap baseMap) {
        this.baseMap = baseMap;
    }

    @GetMapping(path = "/public/map/base", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> base(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
            WebRequest request) {
        var view = BaseMap.View.parse(bbox, zoom);
        var etag = "\"basemap-" + baseMap.version() + "\"";
        var cache = CacheControl.maxAge(MAX_AGE).cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).eTag(etag)
                .cacheControl(cache).body(baseMap.geoJson(view));
    }
}
