package org.urbangrid.chiefs.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.chiefs.ChiefLevel;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.SegmentKind;
import org.urbangrid.chiefs.internal.Scorecards;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * 系统管理 → 路长/河长: the segments on a map, GeoJSON import (all or nothing, with the report), a segment's chiefs,
 * letters, signboards and its scorecard for a month. Administrators only; every change is in the audit log.
 */
@Controller
class SegmentAdminPages {

    private final Chiefs chiefs;
    private final Scorecards scorecards;
    private final Organization organization;
    private final CurrentStaff current;
    private final ChiefPageSupport support;

    SegmentAdminPages(Chiefs chiefs, Scorecards scorecards, Organization organization, CurrentStaff current,
            ChiefPageSupport support) {
        this.chiefs = chiefs;
        this.scorecards = scorecards;
        this.organization = organization;
        this.current = current;
        this.support = support;
    }

    @GetMapping("/admin/chiefs")
    String list(Model model) {
        current.require(Role.ADMIN);
        model.addAttribute("segments", chiefs.segments());
        model.addAttribute("chiefCounts", chiefs.segments().stream().map(s -> chiefs.chiefsOn(s.id(),
                chiefs.today()).size()).toList());
        model.addAttribute("roadDistance", chiefs.defaultDistance(SegmentKind.ROAD));
        model.addAttribute("riverDistance", chiefs.defaultDistance(SegmentKind.RIVER));
        return "chiefs/admin-list";
    }

    @GetMapping(path = "/admin/chiefs/segments.geojson", produces = "application/geo+json")
    ResponseEntity<String> geoJson() {
        current.require(Role.ADMIN);
        var nodes = JsonNodeFactory.instance;
        var collection = nodes.objectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        for (var s : chiefs.segments()) {
            var f = features.addObject().put("type", "Feature");
            f.putObject("properties").put("id", s.id()).put("code", s.code()).put("name", s.name())
                    .put("kind", s.kind().name());
            f.set("geometry", Shapes.toGeoJson(s.line()));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(collection.toString());
    }

    @PostMapping(path = "/admin/chiefs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importFile(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "ROAD") SegmentKind kind,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        current.require(Role.ADMIN);
        try {
            if (file == null || file.isEmpty()) {
                throw UrbanGridException.invalid("chiefs.import.file-required").with("field", "file");
            }
            var result = chiefs.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8), kind);
            if (!result.ok()) {
                response.setStatus(422);
                model.addAttribute("problems", result.problems());
                return list(model);
            }
            redirect.addFlashAttribute("flash", support.text(UrbanGridException.invalid("chiefs.import.done",
                    result.imported())));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", support.text(e));
            return list(model);
        }
        return "redirect:/admin/chiefs";
    }

    @GetMapping("/admin/chiefs/segments/{id}")
    String segment(@PathVariable long id, @RequestParam(required = false) YearMonth month, Model model) {
        current.require(Role.ADMIN);
        var segment = chiefs.requireSegment(id);
        var period = month == null ? YearMonth.from(chiefs.today()) : month;
        var from = period.atDay(1).atStartOfDay(chiefs.zone()).toInstant();
        var to = period.plusMonths(1).atDay(1).atStartOfDay(chiefs.zone()).toInstant();
        model.addAttribute("segment", segment);
        model.addAttribute("lineJson", Shapes.toGeoJson(segment.line()).toString());
        model.addAttribute("assignments", chiefs.assignments(id));
        model.addAttribute("signboards", chiefs.signboards(id));
        model.addAttribute("levels", ChiefLevel.values());
        model.addAttribute("staff", staffChoices());
        model.addAttribute("month", period);
        model.addAttribute("card", scorecards.ofSegment(id, from, to));
        model.addAttribute("today", chiefs.today());
        return "chiefs/admin-segment";
    }

    @PostMapping("/admin/chiefs/segments/{id}/chiefs")
    String assign(@PathVariable long id, @RequestParam(required = false) Long staffId,
            @RequestParam(required = false) ChiefLevel level, @RequestParam(required = false) LocalDate since,
            @RequestParam(required = false) LocalDate until, @RequestParam(required = false) LocalDate letterSignedOn,
            @RequestParam(required = false) LocalDate letterEndsOn, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        current.require(Role.ADMIN);
        try {
            if (staffId == null) {
                throw UrbanGridException.invalid("chiefs.error.staff-unknown", "").with("field", "staffId");
            }
            chiefs.assign(new Chiefs.NewAssignment(id, staffId, level, since, until, letterSignedOn, letterEndsOn));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", support.text(e));
            return segment(id, null, model);
        }
        redirect.addFlashAttribute("flash", support.text(UrbanGridException.invalid("chiefs.assigned")));
        return "redirect:/admin/chiefs/segments/" + id;
    }

    @PostMapping("/admin/chiefs/segments/{id}/distance")
    String distance(@PathVariable long id, @RequestParam(required = false) String distance, Model model,
            HttpServletResponse response) {
        current.require(Role.ADMIN);
        try {
            Double metres = null;
            if (distance != null && !distance.isBlank()) {
                try {
                    metres = Double.parseDouble(distance.strip());
                } catch (NumberFormatException e) {
                    throw UrbanGridException.invalid("chiefs.error.bad-distance").with("field", "distance");
                }
            }
            chiefs.setDistance(id, metres);
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", support.text(e));
            return segment(id, null, model);
        }
        return "redirect:/admin/chiefs/segments/" + id;
    }

    @PostMapping("/admin/chiefs/assignments/{assignmentId}/end")
    String end(@PathVariable long assignmentId, @RequestParam long segmentId,
            @RequestParam(required = false) LocalDate until, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        current.require(Role.ADMIN);
        try {
            chiefs.endAssignment(assignmentId, until);
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", support.text(e));
            return segment(segmentId, null, model);
        }
        return "redirect:/admin/chiefs/segments/" + segmentId;
    }

    @PostMapping("/admin/chiefs/segments/{id}/signboards")
    String signboard(@PathVariable long id, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, @RequestParam(required = false) String shownText,
            @RequestParam(required = false) String complaintPhone, @RequestParam(required = false) LocalDate installedOn,
            @RequestParam(required = false) String componentCode, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        current.require(Role.ADMIN);
        try {
            if (latitude == null || longitude == null) {
                throw UrbanGridException.invalid("chiefs.error.position-required").with("field", "position");
            }
            chiefs.addSignboard(new Chiefs.NewSignboard(id, latitude, longitude, shownText, complaintPhone,
                    installedOn, componentCode));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", support.text(e));
            return segment(id, null, model);
        }
        return "redirect:/admin/chiefs/segments/" + id;
    }

    /** Every active person (not a channel account) an administrator may make a chief, by name. */
    private List<StaffChoice> staffChoices() {
        return Role.staffRoles().stream().filter(r -> r != Role.ADMIN)
                .flatMap(r -> organization.staffWithRole(r).stream()).filter(s -> s.active())
                .map(s -> new StaffChoice(s.id(), s.displayName() + " (" + s.username() + ")"))
                .sorted(java.util.Comparator.comparing(StaffChoice::label)).toList();
    }

    record StaffChoice(long id, String label) {}
}
