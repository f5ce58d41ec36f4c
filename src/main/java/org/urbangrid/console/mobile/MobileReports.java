package org.urbangrid.console.mobile;

import java.net.URI;
import java.util.Optional;

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
 * 上报 from the phone: one multipart request with the photo and the fields, sent (and resent) by the page's
 * script under one Idempotency-Key, so a report kept on the phone while offline is taken exactly once.
 */
@RestController
class MobileReports {

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
            @RequestParam(required = false) MultipartFile photo,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var me = current.require(Role.INSPECTOR);
        if (key == null || key.isBlank()) {
            throw UrbanGridException.invalid("mobile.error.key-required");
        }
        if (photo == null || photo.isEmpty()) {
            throw UrbanGridException.invalid("mobile.error.photo-required");
        }
        requireInArea(me, form);
        // No transaction around both: the case takes its number before its own transaction, and a retry that finds
        // the first case must not run inside a transaction its duplicate key aborted. A replay's (or a refused
        // report's) photo copy is not kept.
        var stored = photos.store(MobileMoves.bytes(photo), me.id());
        var report = form.toReport(stored.id());
        CaseManagement.Reported reported;
        try {
            reported = form.handledOnSpot() ? cases.handleOnSpot(report, Optional.of(key))
                    : cases.report(report, Optional.of(key));
        } catch (RuntimeException refused) {
            photos.discard(stored.id(), me.id());
            throw refused;
        }
        if (reported.replayed()) {
            photos.discard(stored.id(), me.id());
        }
        var view = ReportedView.of(reported);
        return ResponseEntity.status(view.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/m/cases/" + view.id()))
                .header("Idempotent-Replayed", Boolean.toString(view.replayed()))
                .body(view);
    }

    /** Explains a position outside the inspector's area before anything is stored: which grid, which address. */
    private void requireInArea(StaffPrincipal me, ReportForm form) {
        var location = locator.locate(form.latitude(), form.longitude());
        if (!organization.covers(me.id(), location.unitGridCode())) {
            var address = gazetteer.describe(form.latitude(), form.longitude());
            throw UrbanGridException.unprocessable("mobile.error.outside-area", location.unitGridCode(), address)
                    .with("unitGridCode", location.unitGridCode()).with("address", address);
        }
    }
}
