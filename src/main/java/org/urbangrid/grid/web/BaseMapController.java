package org.urbangrid.grid.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.grid.BaseMap;
import org.urbangrid.grid.BaseMapImportResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Base map", description = "底图: roads, water, green space, blocks and place labels the platform serves itself")
class BaseMapController {

    /** How long a browser keeps a view without asking again; after that it revalidates with the ETag. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final BaseMap baseMap;

    BaseMapController(BaseMap baseMap) {
        this.baseMap = baseMap;
    }

    @GetMapping(path = "/api/map/base", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
    @Operation(summary = "Base-map features meeting a WGS84 bounding box that show at a zoom, as a GeoJSON FeatureCollection",
            description = "Properties: kind (road|water|green|block|place), name, nameEn, rank (1 most important .. 3), "
                    + "minZoom. Cached privately; the ETag changes when the base map is replaced.")
    ResponseEntity<String> base(
            @Parameter(description = "minLng,minLat,maxLng,maxLat", example = "121.49,38.87,121.55,38.90") @RequestParam(required = false) String bbox,
            @Parameter(description = "0 .. 22", example = "15") @RequestParam(required = false) String zoom,
            WebRequest request) {
        var view = BaseMap.View.parse(bbox, zoom);
        var etag = "\"basemap-" + baseMap.version() + "\"";
        var cache = CacheControl.maxAge(MAX_AGE).cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(GridController.GEO_JSON).eTag(etag).cacheControl(cache)
                .body(baseMap.geoJson(view));
    }

    @PostMapping(path = "/api/admin/map/base", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace the whole base map from a GeoJSON FeatureCollection (our properties or OpenStreetMap tags), all or nothing")
    BaseMapImportResult importBody(@RequestBody String geoJson) {
        return baseMap.importGeoJson(geoJson, "GeoJSON");
    }

    @PostMapping(path = "/api/admin/map/base", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace the whole base map from a GeoJSON file uploaded as the multipart part 'file'")
    BaseMapImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return baseMap.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8), source(file));
    }

    private static String source(MultipartFile file) {
        var name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "GeoJSON" : name.length() > 200 ? name.substring(0, 200) : name;
    }
}
