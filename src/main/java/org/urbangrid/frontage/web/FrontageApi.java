package org.urbangrid.frontage.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.frontage.CaseLink;
import org.urbangrid.frontage.Contract;
import org.urbangrid.frontage.FrontageRatings;
import org.urbangrid.frontage.FrontageRecords;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.FrontageUnits;
import org.urbangrid.frontage.NewUnit;
import org.urbangrid.frontage.Rating;
import org.urbangrid.frontage.Step;
import org.urbangrid.frontage.StepKind;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** 门前三包 JSON API for staff: the register, matching, a unit's record, steps, renewals, ratings. */
@RestController
@RequestMapping("/api/frontage")
@Tag(name = "Frontage duty", description = "门前三包: responsibility units, frontages, contracts, case links, ratings")
class FrontageApi {

    private static final Role[] STAFF = Role.staffRoles().toArray(Role[]::new);

    /** A unit as the API shows it; contact fields only for the roles that read them, else null. */
    record UnitView(long id, String name, UnitKind kind, String kindName, String address, String streetCode,
            String contactPerson, String contactPhone, Double depthMetres, double areaSquareMetres, boolean active,
            Long supervisingDepartmentId, JsonNode frontage, JsonNode source) {}

    /** The body of a registration: the frontage as a GeoJSON geometry (Polygon, or LineString with depth). */
    record UnitBody(String name, String kind, String address, String contactPerson, String contactPhone,
            JsonNode geometry, Double depth) {}

    record StepBody(StepKind kind, LocalDate takenOn, String note, Long caseId) {}

    private final FrontageUnits units;
    private final FrontageRecords records;
    private final FrontageRatings ratings;
    private final CurrentStaff current;

    FrontageApi(FrontageUnits units, FrontageRecords records, FrontageRatings ratings, CurrentStaff current) {
        this.units = units;
        this.records = records;
        this.ratings = ratings;
        this.current = current;
    }

    @GetMapping("/units")
    @Operation(summary = "The register: by name, kind, street; keyset paged by id (after)")
    List<UnitView> list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
            @RequestParam(required = false) String street, @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "50") int size) {
        var me = current.require(STAFF);
        var wanted = me.streetCode() != null ? me.streetCode() : street;
        return units.search(q, kind, wanted, false, after, Math.max(1, Math.min(size, 200))).stream()
                .map(u -> view(me, u)).toList();
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "One unit")
    UnitView get(@PathVariable long id) {
        var me = current.require(STAFF);
        return view(me, visible(me, id));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a unit (admin)")
    UnitView create(@RequestBody UnitBody body) {
        var me = current.require(Role.ADMIN);
        var shape = body.geometry() == null || body.geometry().isNull() ? null : geometry(body.geometry());
        return view(me, units.register(new NewUnit(body.name(), UnitKind.parse(body.kind()), body.address(),
                body.contactPerson(), body.contactPhone(), shape, body.depth())));
    }

    @org.springframework.web.bind.annotation.PutMapping("/units/{id}")
    @Operation(summary = "Replace a unit's data and frontage (admin)")
    UnitView update(@PathVariable long id, @RequestBody UnitBody body) {
        var me = current.require(Role.ADMIN);
        var shape = body.geometry() == null || body.geometry().isNull() ? null : geometry(body.geometry());
        return view(me, units.update(id, new NewUnit(body.name(), UnitKind.parse(body.kind()), body.address(),
                body.contactPerson(), body.contactPhone(), shape, body.depth())));
    }

    @PostMapping("/units/{id}/active")
    @Operation(summary = "Deactivate (active=false) or reactivate a unit (admin)")
    UnitView active(@PathVariable long id, @RequestParam boolean active) {
        var me = current.require(Role.ADMIN);
        return view(me, units.setActive(id, active));
    }

    @PostMapping(path = "/units/import", consumes = {"application/geo+json", "application/json", "text/plain"})
    @Operation(summary = "Import units from a GeoJSON FeatureCollection, all or nothing (admin)")
    FrontageUnits.ImportResult importUnits(@RequestBody String geoJson) {
        current.require(Role.ADMIN);
        return units.importGeoJson(geoJson);
    }

    @GetMapping("/at")
    @Operation(summary = "The units whose frontage covers a position, the primary unit first")
    List<UnitView> at(@RequestParam double lat, @RequestParam double lng) {
        var me = current.require(STAFF);
        return units.at(lat, lng).stream().map(u -> view(me, u)).toList();
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "The units a case is linked to, the primary first")
    List<CaseLink> ofCase(@PathVariable long caseId) {
        current.require(STAFF);
        return records.linksOfCase(caseId);
    }

    @GetMapping("/units/{id}/cases")
    @Operation(summary = "A unit's linked cases, newest first (the first page)")
    List<CaseLink> cases(@PathVariable long id) {
        var me = current.require(STAFF);
        visible(me, id);
        return records.cases(id, null, null, 50);
    }

    @GetMapping("/units/{id}/steps")
    @Operation(summary = "The steps taken on a unit, the latest first")
    List<Step> steps(@PathVariable long id) {
        var me = current.require(STAFF);
        visible(me, id);
        return records.steps(id);
    }

    @PostMapping("/units/{id}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a step (劝阻, 书面告知, 处罚) on a unit")
    Step step(@PathVariable long id, @RequestBody StepBody body) {
        var me = current.require(STAFF);
        visible(me, id);
        return records.recordStep(me, id, body.kind(), body.takenOn(), body.note(), body.caseId());
    }

    @GetMapping("/contracts/renewal")
    @Operation(summary = "Current contracts expired or ending within `days` (default 30)")
    List<Contract> renewal(@RequestParam(defaultValue = "30") int days) {
        current.require(STAFF);
        return units.dueForRenewal(Math.max(0, Math.min(days, 3650)), null, null, 200);
    }

    @GetMapping("/ratings/{month}")
    @Operation(summary = "A month's ratings")
    List<Rating> ratings(@PathVariable String month) {
        current.require(STAFF);
        return ratings.ratings(month(month));
    }

    @PostMapping("/ratings/{month}")
    @Operation(summary = "Compute (or recompute, replacing) a month's ratings (admin, leader)")
    List<Rating> compute(@PathVariable String month) {
        current.require(Role.ADMIN, Role.LEADER);
        return ratings.compute(month(month));
    }

    @GetMapping("/eligibility")
    @Operation(summary = "文明单位 / 评先创优 list as of a month: removed after three failed months in a row")
    List<FrontageRatings.Eligibility> eligibility(@RequestParam String month) {
        current.require(STAFF);
        return ratings.eligibility(month(month));
    }

    private FrontageUnit visible(StaffPrincipal me, long id) {
        var unit = units.require(id);
        if (!me.coversStreet(unit.streetCode())) {
            throw UrbanGridException.notFound("frontage.error.unit-not-found", id);
        }
        return unit;
    }

    private UnitView view(StaffPrincipal me, FrontageUnit u) {
        var supervisor = units.supervisorOf(u);
        var shown = FrontageRecords.readsContacts(me, supervisor) ? u : u.withoutContact();
        return new UnitView(u.id(), u.name(), u.kind(), u.kind().zh(), u.address(), u.streetCode(),
                shown.contactPerson(), shown.contactPhone(), u.depthMetres(), u.areaSquareMetres(), u.active(),
                supervisor.orElse(null), Shapes.toGeoJson(u.area()), Shapes.toGeoJson(u.source()));
    }

    private static org.locationtech.jts.geom.Geometry geometry(JsonNode geometry) {
        var text = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + geometry + "}]}";
        var feature = Shapes.readFeatures(text).get(0);
        if (feature.geometry() == null) {
            throw UrbanGridException.invalid("frontage.error.geometry", String.valueOf(feature.problem()))
                    .with("field", "geometry");
        }
        return feature.geometry();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw UrbanGridException.invalid("frontage.error.month").with("field", "month");
        }
    }
}
