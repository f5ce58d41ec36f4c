package org.urbangrid.assessment.internal.inputs.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.assessment.internal.inputs.SpotCheck;
import org.urbangrid.assessment.internal.inputs.SpotChecks;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.PhotoUploads;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/** 抽查 on the phone (移动端): the inspector's drawn grids, and each grid's problems with photos, then complete. */
@Controller
class SpotCheckPhonePages {

    private final SpotChecks checks;
    private final PhotoStore photos;
    private final Catalog catalog;
    private final Organization organization;
    private final CurrentStaff current;
    private final PageMessages messages;

    SpotCheckPhonePages(SpotChecks checks, PhotoStore photos, Catalog catalog, Organization organization,
            CurrentStaff current, PageMessages messages) {
        this.checks = checks;
        this.photos = photos;
        this.catalog = catalog;
        this.organization = organization;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/m/spot-checks")
    String list(Model model) {
        model.addAttribute("grids", checks.pendingFor(current.require(Role.INSPECTOR)));
        return "assessment/inputs/phone-list";
    }

    @GetMapping("/m/spot-checks/{drawId}/{code}")
    String grid(@PathVariable long drawId, @PathVariable String code, Model model) {
        var me = current.require(Role.INSPECTOR);
        if (!checks.mayCheck(me, drawId, code)) {
            throw UrbanGridException.forbidden("inputs.error.not-your-grid", code);
        }
        model.addAttribute("drawId", drawId);
        model.addAttribute("grid", checks.requireGrid(drawId, code));
        model.addAttribute("findings", checks.findings(drawId, code));
        model.addAttribute("classes", catalog.classes(null, null).stream().filter(c -> c.active()).toList());
        model.addAttribute("departments", organization.departments().stream()
                .filter(d -> d.active() && d.kind() != DepartmentKind.CENTRE).toList());
        return "assessment/inputs/phone-grid";
    }

    /** One problem with its photo, in one multipart request; a refused problem's photo is not kept. */
    @PostMapping(path = "/m/spot-checks/{drawId}/{code}/findings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String finding(@PathVariable long drawId, @PathVariable String code, @RequestParam(required = false) String classCode,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String description,
            @RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
            @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        var me = current.require(Role.INSPECTOR);
        try {
            if (photo == null || photo.isEmpty()) {
                throw UrbanGridException.invalid("inputs.error.photo-required").with("field", "photo");
            }
            var stored = PhotoUploads.store(photos, photo.getBytes(), me.id(), response);
            try {
                checks.record(me, drawId, code, new SpotCheck.FindingDraft(classCode, departmentId, description, latitude,
                        longitude, stored.id()));
            } catch (RuntimeException refused) {
                photos.discard(stored.id(), me.id());
                throw refused;
            }
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", messages.of(e));
            return grid(drawId, code, model);
        }
        redirect.addFlashAttribute("flash", messages.of("inputs.phone.recorded"));
        return "redirect:/m/spot-checks/" + drawId + "/" + code;
    }

    @PostMapping("/m/spot-checks/{drawId}/{code}/complete")
    String complete(@PathVariable long drawId, @PathVariable String code, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var me = current.require(Role.INSPECTOR);
        try {
            var grid = checks.complete(me, drawId, code);
            redirect.addFlashAttribute("flash", messages.of("inputs.phone.completed", grid.unitGridCode(),
                    messages.of("inputs.result." + grid.result().name())));
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", messages.of(e));
            return grid(drawId, code, model);
        }
        return "redirect:/m/spot-checks";
    }

    @GetMapping("/m/spot-checks/findings/{id}/photo")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> photo(@PathVariable long id) {
        return SpotCheckApi.FindingPhotos.photo(checks, current.get(), id);
    }
}
