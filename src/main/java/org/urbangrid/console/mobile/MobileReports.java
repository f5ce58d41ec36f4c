package org.urbangrid.console.mobile;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * 上报 from the phone: one multipart request with the photos (one to {@value #MAX_PHOTOS}) and the fields, sent (and resent) by the page's
 * script under one Idempotency-Key, so a report kept on the phone while offline is taken exactly once.
 */
@RestController
class MobileReports {

    /** Photos one report may carry: enough to show a problem from every side, little enough for a weak signal. */
    static final int MAX_PHOTOS = 6;

    private final CaseManagement cases;
    private final PhotoStore photos;
    private final GridLocator locator;
    private final Gazetteer gazetteer;
    private final Organization organization;
    private final CurrentStaff current;

    MobileReports(CaseManagement cases, PhotoStore photos, GridLocator locator, Gazetteer gazetteer,
            Organization organization, CurrentStaff current) {
        this.cases = cases;
        this.photos = photos;
        this.locator = locator;
        this.gazetteer = gazetteer;
        this.organization = organization;
        this.current = current;
    }

    @PostMapping(path = "/m/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportedView> report(@Valid @ModelAttribute ReportForm form,
            @RequestParam(name = "photo", required = false) List<MultipartFile> photo,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var me = current.require(Role.INSPECTOR);
        if (key == null || key.isBlank()) {
            throw UrbanGridException.invalid("mobile.error.key-required");
        }
        var files = photo == null ? List.<MultipartFile>of() : photo.stream().filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            throw UrbanGridException.invalid("mobile.error.photo-required").with("field", "photo");
        }
        if (files.size() > MAX_PHOTOS) {
            throw UrbanGridException.invalid("mobile.error.too-many-photos", MAX_PHOTOS).with("field", "photo");
        }
        requireInArea(me, form);
        // No transaction around both: the case takes its number before its own transaction, and a retry that finds
        // the first case must not run inside a transaction its duplicate key aborted. A replay's (or a refused
        // report's) photo copies are not kept.
        var stored = new ArrayList<String>();
        CaseManagement.Reported reported;
        try {
            for (var file : files) {
                stored.add(naming("photo", () -> photos.store(MobileMoves.bytes(file), me.id())).id());
            }
            var report = form.toReport(stored);
            reported = naming("case", () -> form.handledOnSpot() ? cases.handleOnSpot(report, Optional.of(key))
                    : cases.report(report, Optional.of(key)));
        } catch (RuntimeException refused) {
            stored.forEach(id -> photos.discard(id, me.id()));
            throw refused;
        }
        if (reported.replayed()) {
            stored.forEach(id -> photos.discard(id, me.id()));
        }
        var view = ReportedView.of(reported);
        return ResponseEntity.status(view.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/m/cases/" + view.id()))
                .header("Idempotent-Replayed", Boolean.toString(view.replayed()))
                .body(view);
    }

    /**
     * Runs a step and names the form field its refusal is about when the refusal names none, so the page can show
     * the message beside that field: the photo store's refusals name {@code photo}, the locator's {@code position};
     * of the case's own refusals, the catalogue's about the condition (which carry the code as {@code condition})
     * name {@code conditionCode}, a position outside the street {@code position}.
     */
    private static <T> T naming(String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (UrbanGridException refused) {
            if (!refused.properties().containsKey("field")) {
                refused.with("field", field.equals("case") ? fieldOfCaseRefusal(refused) : field);
            }
            throw refused;
        }
    }

    private static String fieldOfCaseRefusal(UrbanGridException refused) {
        if (refused.properties().containsKey("condition")) {
            return "conditionCode";
        }
        return refused.messageKey().startsWith("error.case.outside") ? "position" : null;
    }

    /** Explains a position outside the inspector's area before anything is stored: which grid, which address. */
    private void requireInArea(StaffPrincipal me, ReportForm form) {
        var location = naming("position", () -> locator.locate(form.latitude(), form.longitude()));
        if (!organization.covers(me.id(), location.unitGridCode())) {
            var address = gazetteer.describe(form.latitude(), form.longitude());
            throw UrbanGridException.unprocessable("mobile.error.outside-area", location.unitGridCode(), address)
                    .with("field", "position").with("unitGridCode", location.unitGridCode()).with("address", address);
        }
    }
}
