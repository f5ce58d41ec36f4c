package org.urbangrid.console.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.grid.BaseMap;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;

/** 网格管理: every grid on a map, the street → community tree, GeoJSON import with its report, export. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminGridsController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Grids grids;
    private final BaseMap baseMap;
    private final Refusals refusals;

    AdminGridsController(Grids grids, BaseMap baseMap, Refusals refusals) {
        this.grids = grids;
        this.baseMap = baseMap;
        this.refusals = refusals;
    }

    /** A street with its communities and how many unit grids each holds. */
    record StreetNode(Grid street, List<CommunityNode> communities) {
        public int units() {
            return communities.stream().mapToInt(CommunityNode::units).sum();
        }
    }

    record CommunityNode(Grid community, int units) {}

    @GetMapping("/admin/grids")
    String page(Model model) {
        model.addAttribute("districts", grids.ofLevel(GridLevel.DISTRICT));
        model.addAttribute("streets", tree());
        model.addAttribute("baseMapCounts", baseMap.counts());
        return "admin/grids";
    }

    @PostMapping("/admin/grids/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw Refusals.invalid("admin.grids.import.empty");
            }
            var result = grids.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8));
            model.addAttribute("importResult", result);
            model.addAttribute("flash", refusals.message("admin.grids.import.done", result.imported(), result.replaced()));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            model.addAttribute("importErrors", refusals.errors(e));
        }
        return page(model);
    }

    /** 底图导入: a city's GeoJSON (OpenStreetMap tags or our properties) replaces the whole base map, or nothing. */
    @PostMapping("/admin/grids/basemap")
    String importBaseMap(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw Refusals.invalid("admin.basemap.empty");
            }
            var name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "GeoJSON"
                    : file.getOriginalFilename();
            var result = baseMap.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8),
                    name.length() > 200 ? name.substring(0, 200) : name);
            model.addAttribute("baseMapResult", result);
            model.addAttribute("flash", refusals.message("admin.basemap.done", result.imported(), result.skipped(),
                    result.gazetteerEntries()));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            model.addAttribute("baseMapErrors", refusals.errors(e));
        }
        return page(model);
    }

    /** The data the map draws: every grid as GeoJSON. */
    @GetMapping("/admin/grids/geojson")
    ResponseEntity<String> geoJson(@RequestParam(required = false) String code) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(grids.exportGeoJson(code));
    }

    @GetMapping("/admin/grids/export")
    ResponseEntity<String> export(@RequestParam(required = false) String code) {
        var name = "grids-" + (code == null || code.isBlank() ? "all" : code) + ".geojson";
        var body = grids.exportGeoJson(code == null || code.isBlank() ? null : code);
        return ResponseEntity.ok().contentType(GEO_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private List<StreetNode> tree() {
        var streets = new ArrayList<StreetNode>();
        for (var street : grids.ofLevel(GridLevel.STREET)) {
            var communities = grids.children(street.code()).stream()
                    .map(c -> new CommunityNode(c, grids.children(c.code()).size())).toList();
            streets.add(new StreetNode(street, communities));
        }
        return streets;
    }
}
