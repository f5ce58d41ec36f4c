package org.urbangrid.frontage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.frontage.internal.FrontageMatcher;
import org.urbangrid.frontage.internal.FrontageStore;
import org.urbangrid.frontage.internal.UnitRules;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * The register of 门前三包 responsibility units (责任单位登记): units and their frontages (one at a time or a GeoJSON
 * import, all or nothing), the kind → supervising department table (监管部门), contracts (责任书). Administrators'
 * changes go to the audit log (area {@code frontage}); the register is rebuilt in memory after each change (and on
 * the other nodes within a poll). Role checks are the callers' (the web layer); this service checks the data.
 */
@Service
public class FrontageUnits {

    /** What an import stored. */
    public record ImportResult(int imported) {}

    private final FrontageStore store;
    private final FrontageMatcher matcher;
    private final GridLocator locator;
    private final Organization organization;
    private final PhotoStore photos;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final PlatformProperties platform;

    FrontageUnits(FrontageStore store, FrontageMatcher matcher, GridLocator locator, Organization organization,
            PhotoStore photos, AuditLog audit, MessageSource messages, Clock clock, PlatformProperties platform) {
        this.store = store;
        this.matcher = matcher;
        this.locator = locator;
        this.organization = organization;
        this.photos = photos;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.platform = platform;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(platform.zone()));
    }

    // --- units

    public Optional<FrontageUnit> find(long id) {
        return store.unit(id);
    }

    public FrontageUnit require(long id) {
        return store.unit(id).orElseThrow(() -> UrbanGridException.notFound("frontage.error.unit-not-found", id));
    }

    public List<FrontageUnit> search(String name, UnitKind kind, String street, boolean all, Long after, int limit) {
        return store.search(UnitRules.strip(name), kind, UnitRules.strip(street), all, after == null ? 0 : after,
                limit);
    }

    /** The units whose frontage covers the position, the primary unit first (smallest area, then lowest id). */
    public List<FrontageUnit> at(double latitude, double longitude) {
        return matcher.at(latitude, longitude);
    }

    @Transactional
    public FrontageUnit register(NewUnit unit) {
        var row = checked(unit);
        long id = store.insertUnit(row, clock.instant());
        matcher.changed();
        return audit.recorded("frontage", "create-unit", String.valueOf(id), null, require(id));
    }

    @Transactional
    public FrontageUnit update(long id, NewUnit unit) {
        var before = require(id);
        store.updateUnit(id, checked(unit), clock.instant());
        matcher.changed();
        return audit.recorded("frontage", "update-unit", String.valueOf(id), before, require(id));
    }

    @Transactional
    public FrontageUnit setActive(long id, boolean active) {
        var before = require(id);
        store.setActive(id, active, clock.instant());
        matcher.changed();
        return audit.recorded("frontage", active ? "activate-unit" : "deactivate-unit", String.valueOf(id), before,
                require(id));
    }

    /**
     * Imports a FeatureCollection of units, all or nothing: each feature's geometry is the frontage (a polygon, or a
     * line with the property {@code depth} in metres) and its properties {@code name}, {@code kind} (the enum name or
     * its Chinese name), {@code address}, {@code contactPerson}, {@code contactPhone}. Any bad feature refuses the
     * whole file with one 400 whose {@code errors} list every problem with its feature's index and reason.
     */
    @Transactional
    public ImportResult importGeoJson(String geoJson) {
        var features = Shapes.readFeatures(geoJson);
        var errors = new ArrayList<Map<String, Object>>();
        var rows = new ArrayList<FrontageStore.UnitRow>();
        for (var feature : features) {
            var problems = new ArrayList<UnitRules.Problem>();
            if (feature.problem() != null) {
                problems.add(new UnitRules.Problem("geometry", "frontage.error.geometry", feature.problem()));
            }
            Double depth = null;
            var depthText = feature.text("depth");
            if (depthText != null) {
                try {
                    depth = Double.parseDouble(depthText);
                } catch (NumberFormatException e) {
                    problems.add(new UnitRules.Problem("depth", "frontage.error.depth"));
                }
            }
            var kindText = feature.text("kind");
            var kind = UnitKind.parse(kindText);
            if (kind == null && kindText != null) {
                problems.add(new UnitRules.Problem("kind", "frontage.error.kind-unknown", kindText));
            }
            var unit = new NewUnit(feature.text("name"), kind, feature.text("address"), feature.text("contactPerson"),
                    feature.text("contactPhone"), feature.problem() == null ? feature.geometry() : null, depth);
            if (problems.isEmpty()) {
                problems.addAll(problemsOf(unit));
            } else {
                problems.addAll(UnitRules.problems(unit).stream()
                        .filter(p -> !p.field().equals("shape") && !p.field().equals("depth")).toList());
            }
            if (problems.isEmpty()) {
                rows.add(row(unit));
            }
            for (var p : problems) {
                errors.add(Map.of("index", feature.index(), "field", p.field(), "key", p.key(), "message",
                        messages.getMessage(p.key(), p.args(), p.key(), LocaleContextHolder.getLocale())));
            }
        }
        if (!errors.isEmpty()) {
            long bad = errors.stream().map(e -> e.get("index")).distinct().count();
            throw UrbanGridException.invalid("frontage.error.import-rejected", bad, features.size())
                    .with("field", "file").with("errors", errors);
        }
        var now = clock.instant();
        rows.forEach(row -> store.insertUnit(row, now));
        matcher.changed();
        audit.record("frontage", "import-geojson", "GeoJSON", null, Map.of("imported", rows.size()));
        return new ImportResult(rows.size());
    }

    private FrontageStore.UnitRow checked(NewUnit unit) {
        var problems = problemsOf(unit);
        if (!problems.isEmpty()) {
            var p = problems.get(0);
            throw UrbanGridException.invalid(p.key(), p.args()).with("field", p.field());
        }
        return row(unit);
    }

    private List<UnitRules.Problem> problemsOf(NewUnit unit) {
        var problems = new ArrayList<>(UnitRules.problems(unit));
        if (problems.isEmpty()) {
            var area = UnitRules.area(unit);
            problems.addAll(UnitRules.areaProblems(area, UnitRules.streetOf(area, locator)));
        }
        return problems;
    }

    private FrontageStore.UnitRow row(NewUnit unit) {
        var area = UnitRules.area(unit);
        return new FrontageStore.UnitRow(unit.name().strip(), unit.kind(), UnitRules.strip(unit.address()),
                UnitRules.streetOf(area, locator), UnitRules.strip(unit.contactPerson()),
                UnitRules.strip(unit.contactPhone()), Shapes.toWkt(unit.shape()), unit.depthMetres(),
                Shapes.toWkt(area), Shapes.areaSquareMetres(area));
    }

    // --- supervising departments

    /** The kind → supervising department table (监管部门), kinds without one left out. */
    public Map<UnitKind, Long> supervisors() {
        return store.supervisors();
    }

    /** The department supervising the unit's kind. */
    public Optional<Long> supervisorOf(FrontageUnit unit) {
        return Optional.ofNullable(store.supervisors().get(unit.kind()));
    }

    @Transactional
    public void setSupervisor(UnitKind kind, long departmentId) {
        var department = organization.department(departmentId).filter(d -> d.active())
                .orElseThrow(() -> UrbanGridException.invalid("frontage.error.department", departmentId)
                        .with("field", "departmentId"));
        var before = store.supervisors().get(kind);
        store.setSupervisor(kind, department.id(), clock.instant());
        audit.record("frontage", "set-supervisor", kind.name(), before == null ? null : Map.of("departmentId", before),
                Map.of("departmentId", department.id()));
    }

    // --- contracts

    /**
     * Records a signed contract: signed on a day not in the future, ending after it (at most 10 years), at least one
     * standard, and optionally the scan (JPEG/PNG/WebP, stored and attached as the administrator's photo).
     */
    @Transactional
    public Contract addContract(long unitId, LocalDate signedOn, LocalDate endsOn, Set<Standard> standards,
            byte[] scan, long actorId) {
        require(unitId);
        if (signedOn == null) {
            throw UrbanGridException.invalid("frontage.error.signed-on").with("field", "signedOn");
        }
        if (signedOn.isAfter(today())) {
            throw UrbanGridException.invalid("frontage.error.signed-future").with("field", "signedOn");
        }
        if (endsOn == null || !endsOn.isAfter(signedOn) || endsOn.isAfter(signedOn.plusYears(10))) {
            throw UrbanGridException.invalid("frontage.error.ends-on").with("field", "endsOn");
        }
        if (standards == null || standards.isEmpty()) {
            throw UrbanGridException.invalid("frontage.error.standards").with("field", "standards");
        }
        String scanId = null;
        if (scan != null && scan.length > 0) {
            scanId = photos.store(scan, actorId).id();
            photos.claim(List.of(scanId), actorId);
        }
        long id = store.insertContract(unitId, signedOn, endsOn, scanId, EnumSet.copyOf(standards), clock.instant());
        return audit.recorded("frontage", "add-contract", String.valueOf(unitId), null, store.contract(id).orElseThrow());
    }

    /** A unit's contracts, the newest first. */
    public List<Contract> contracts(long unitId) {
        return store.contracts(unitId);
    }

    public Optional<Contract> contract(long id) {
        return store.contract(id);
    }

    /** The current contract of the unit (its latest). */
    public Optional<Contract> currentContract(long unitId) {
        return store.contracts(unitId).stream().max(Comparator.comparingLong(Contract::id));
    }

    /**
     * Active units' current contracts expired or ending within {@code days} (续签提醒), soonest first; keyset after the
     * cursor ({@code afterEnds}, {@code afterId}).
     */
    public List<Contract> dueForRenewal(int days, LocalDate afterEnds, Long afterId, int limit) {
        return store.dueForRenewal(today().plusDays(days), afterEnds == null ? LocalDate.of(1900, 1, 1) : afterEnds,
                afterId == null ? 0 : afterId, limit);
    }
}
