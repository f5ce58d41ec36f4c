package org.urbangrid.assessment.internal.inputs.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SpotCheckFlags;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.inputs.Months;
import org.urbangrid.assessment.internal.inputs.SpotCheck;
import org.urbangrid.assessment.internal.inputs.SpotChecks;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/assessment/spot-checks")
@Tag(name = "Spot checks", description = "月度抽查: draws reproducible from their seed, inspectors' findings with photos")
class SpotCheckApi {

    private final SpotChecks checks;
    private final SpotCheckFlags flags;
    private final CurrentStaff current;

    SpotCheckApi(SpotChecks checks, SpotCheckFlags flags, CurrentStaff current) {
        this.checks = checks;
        this.flags = flags;
        this.current = current;
    }

    @PostMapping
    @Operation(summary = "Draw N unit grids of an area for a month (administrators, shift leaders, leaders); "
            + "without a seed one is chosen at random and recorded")
    ResponseEntity<SpotCheck> draw(@RequestBody SpotCheck.Request request) {
        var draw = checks.draw(current.get(), request);
        return ResponseEntity.created(URI.create("/api/assessment/spot-checks/" + draw.id())).body(draw);
    }

    @GetMapping
    @Operation(summary = "The draws of a month")
    List<SpotCheck> ofMonth(@RequestParam String month) {
        requireViewer();
        return checks.ofMonth(Months.parse(month, "month"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A draw with its seed and its grids' checks")
    SpotCheck draw(@PathVariable long id) {
        requireViewer();
        return checks.require(id);
    }

    @GetMapping("/{id}/reproduce")
    @Operation(summary = "Redraws from the recorded seed over today's grids and says whether it matches (anyone logged in)")
    SpotCheck.Reproduction reproduce(@PathVariable long id) {
        current.get();
        return checks.reproduce(id);
    }

    @GetMapping("/redraw")
    @Operation(summary = "The grids a seed draws from an area today, by the documented algorithm (anyone logged in)")
    SpotCheck.Reproduction redraw(@RequestParam(required = false) String area, @RequestParam(required = false) Integer count,
            @RequestParam(required = false) Long seed) {
        current.get();
        return checks.redraw(area, count, seed);
    }

    record Assignment(Long inspectorId) {}

    @PutMapping("/{id}/grids/{code}/inspector")
    @Operation(summary = "Assign (or with null unassign) the inspector of a drawn grid")
    SpotCheck.Grid assign(@PathVariable long id, @PathVariable String code, @RequestBody Assignment assignment) {
        return checks.assign(current.get(), id, code, assignment.inspectorId());
    }

    record GridDetail(SpotCheck.Grid grid, List<SpotCheck.Finding> findings) {}

    @GetMapping("/{id}/grids/{code}")
    @Operation(summary = "A drawn grid with its findings: drawers, leaders, and inspectors who may check it")
    GridDetail grid(@PathVariable long id, @PathVariable String code) {
        var who = current.get();
        if (!SpotChecks.mayDraw(who) && !checks.mayCheck(who, id, code)) {
            throw UrbanGridException.notFound("inputs.error.grid-not-drawn", code, id);
        }
        return new GridDetail(checks.requireGrid(id, code), checks.findings(id, code));
    }

    @PostMapping("/{id}/grids/{code}/findings")
    @Operation(summary = "Record a problem at a drawn grid (inspectors): class, description, position inside the grid, "
            + "photoId of an upload to /api/photos")
    ResponseEntity<SpotCheck.Finding> finding(@PathVariable long id, @PathVariable String code,
            @RequestBody SpotCheck.FindingDraft draft) {
        var finding = checks.record(current.get(), id, code, draft);
        return ResponseEntity.created(URI.create("/api/assessment/spot-checks/findings/" + finding.id())).body(finding);
    }

    @PostMapping("/{id}/grids/{code}/complete")
    @Operation(summary = "Complete the check of a drawn grid (inspectors); it then passes or fails by its problems")
    SpotCheck.Grid complete(@PathVariable long id, @PathVariable String code) {
        return checks.complete(current.get(), id, code);
    }

    @GetMapping("/mine")
    @Operation(summary = "The drawn grids of this and last month the acting inspector may check and has not completed")
    List<SpotCheck.Grid> mine() {
        return checks.pendingFor(current.require(Role.INSPECTOR));
    }

    @GetMapping("/findings/{id}/photo")
    @Operation(summary = "A finding's photo: drawers, leaders and the inspector who recorded it")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) {
        return FindingPhotos.photo(checks, current.get(), id);
    }

    @GetMapping("/flags")
    @Operation(summary = "连续三次不合格: subjects of the kind that failed their spot check in the period and the two before")
    Map<String, Object> flags(@RequestParam String kind, @RequestParam String period) {
        requireViewer();
        SubjectKind k;
        Period p;
        try {
            k = SubjectKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("inputs.error.subject-kind", kind).with("field", "kind");
        }
        try {
            p = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw UrbanGridException.invalid("inputs.error.period", period).with("field", "period");
        }
        return Map.of("flag", SpotCheckFlags.FLAG, "kind", k, "period", p.toString(),
                "subjects", new java.util.TreeSet<>(flags.failedThreeInARow(k, p)));
    }

    private StaffPrincipal requireViewer() {
        var who = current.get();
        if (!SpotChecks.mayDraw(who)) {
            throw UrbanGridException.forbidden("error.role-required", "ADMIN, SHIFT_LEADER, LEADER");
        }
        return who;
    }

    /** Streams a finding's photo to whoever may see it. */
    static final class FindingPhotos {

        private FindingPhotos() {}

        static ResponseEntity<InputStreamResource> photo(SpotChecks checks, StaffPrincipal who, long id) {
            var finding = checks.requireFinding(id);
            if (!SpotChecks.mayDraw(who) && finding.recordedBy() != who.id()) {
                throw UrbanGridException.notFound("inputs.error.finding-not-found", id);
            }
            var meta = checks.photoOf(finding);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.contentType()))
                    .contentLength(meta.size()).body(new InputStreamResource(checks.openPhoto(finding)));
        }
    }
}
