package org.urbangrid.grid.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridImportResult;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/grids")
@Tag(name = "Grids", description = "District → street → community → unit grid, GeoJSON import/export, locating positions")
class GridController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String CODE = "\\d{6}|\\d{9}|\\d{12}|\\d{15}";

    private final Grids grids;
    private final GridLocator locator;

    GridController(Grids grids, GridLocator locator) {
        this.grids = grids;
        this.locator = locator;
    }

    @PostMapping(path = "/import", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/geo+json" })
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a GeoJSON FeatureCollection, all or nothing; existing codes are replaced")
    GridImportResult importBody(@RequestBody String geoJson) {
        return grids.importGeoJson(geoJson);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a GeoJSON file uploaded as the multipart part 'file'")
    GridImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return grids.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8));
    }

    @GetMapping("/export")
    @Operation(summary = "Export every grid, or the subtree of one code, as a GeoJSON FeatureCollection")
    ResponseEntity<String> export(@RequestParam(required = false) @Pattern(regexp = CODE) String code) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(grids.exportGeoJson(code));
    }

    @GetMapping("/locate")
    @Operation(summary = "The unit grid, community, street and district of a WGS84 position")
    LocatedView locate(@RequestParam double lat, @RequestParam double lng) {
        var location = locator.locate(lat, lng);
        return LocatedView.of(location, code -> grids.nameOf(code).orElse(null));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One grid as a GeoJSON Feature")
    ResponseEntity<String> grid(@PathVariable @Pattern(regexp = CODE) String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(grids.featureOf(code));
    }

    @GetMapping
    @Operation(summary = "Grids of a level and/or children of a parent; without either, the districts")
    List<Grid> list(@RequestParam(required = false) String level,
            @RequestParam(required = false) @Pattern(regexp = CODE) String parent) {
        var wanted = level == null ? null
                : GridLevel.fromKey(level).orElseThrow(() -> UrbanGridException.invalid("error.grid.level", level));
        if (parent != null) {
            return grids.children(parent).stream().filter(g -> wanted == null || g.level() == wanted).toList();
        }
        return grids.ofLevel(wanted == null ? GridLevel.DISTRICT : wanted);
    }
}
