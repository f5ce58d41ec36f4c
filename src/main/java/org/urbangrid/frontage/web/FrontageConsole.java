package org.urbangrid.frontage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.frontage.CaseLink;
import org.urbangrid.frontage.Contract;
import org.urbangrid.frontage.FrontageRatings;
import org.urbangrid.frontage.FrontageRecords;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.FrontageUnits;
import org.urbangrid.frontage.NewUnit;
import org.urbangrid.frontage.Standard;
import org.urbangrid.frontage.StepKind;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * 门前三包 on the console: the register (search, map, and for administrators registering by drawing or importing),
 * a unit's record page, contracts due for renewal, the kind → supervising department table, monthly ratings and the
 * eligibility list. Every staff role reads (contacts only for the roles that need them); administrators change the
 * register; administrators and leaders rate months; steps are recorded by whoever {@link FrontageRecords} allows.
 */
@Controller
class FrontageConsole {

    static final int PAGE = 20;
    private static final Role[] STAFF = Role.staffRoles().toArray(Role[]::new);

    /** A linked case as the unit page lists it. */
    record CaseRow(CaseLink link, String status, String reportedAt) {}

    private final FrontageUnits units;
    private final FrontageRecords records;
    private final FrontageRatings ratings;
    private final PublicCases cases;
    private final CurrentStaff current;
    private final Organization organization;
    private final Grids grids;
    private final PhotoStore photos;
    private final MessageSource messages;
    private final FrontageWords words;

    FrontageConsole(FrontageUnits units, FrontageRecords records, FrontageRatings ratings, PublicCases cases,
            CurrentStaff current, Organization organization, Grids grids, PhotoStore photos, MessageSource messages,
            FrontageWords words) {
        this.words = words;
        this.units = units;
        this.records = records;
        this.ratings = ratings;
        this.cases = cases;
        this.current = current;
        this.organization = organization;
        this.grids = grids;
        this.photos = photos;
        this.messages = messages;
    }

    // --- the register

    @GetMapping("/console/frontage")
    String register(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String street, @RequestParam(required = false) Boolean all,
            @RequestParam(required = false) Long after, Model model) {
        var me = current.require(STAFF);
        var wantedKind = UnitKind.parse(kind);
        var wantedStreet = me.streetCode() != null ? me.streetCode() : blank(street);
        var page = units.search(q, wantedKind, wantedStreet, Boolean.TRUE.equals(all), after, PAGE + 1);
        var rows = page.size() > PAGE ? page.subList(0, PAGE) : page;
        model.addAttribute("rows", rows);
        model.addAttribute("next", page.size() > PAGE ? rows.get(rows.size() - 1).id() : null);
        model.addAttribute("q", q);
        model.addAttribute("kind", wantedKind);
        model.addAttribute("street", wantedStreet);
        model.addAttribute("all", Boolean.TRUE.equals(all));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("streetNames", streetNames());
        model.addAttribute("admin", me.is(Role.ADMIN));
        model.addAttribute("removed", removedNow());
        return "frontage/register";
    }

    /** The active frontages as GeoJSON for the register's map (names, kinds and links only: no contacts). */
    @GetMapping(path = "/console/frontage/map", produces = "application/geo+json")
    @ResponseBody
    String map() {
        var me = current.require(STAFF);
        var json = JsonNodeFactory.instance;
        var collection = json.objectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        var removed = removedNow();
        long after = 0;
        while (true) {
            var batch = units.search(null, null, me.streetCode(), false, after, 500);
            for (var unit : batch) {
                var feature = features.addObject().put("type", "Feature");
                feature.putObject("properties").put("id", unit.id()).put("name", unit.name())
                        .put("kind", label(unit.kind())).put("flagged", removed.containsKey(unit.id()))
                        .put("href", "/console/frontage/units/" + unit.id());
                feature.set("geometry", Shapes.toGeoJson(unit.area()));
            }
            if (batch.size() < 500) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        return collection.toString();
    }

    @PostMapping("/console/frontage/units")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String address, @RequestParam(required = false) String contactPerson,
            @RequestParam(required = false) String contactPhone, @RequestParam(required = false) String geometry,
            @RequestParam(required = false) String depth, RedirectAttributes redirect) {
        current.require(Role.ADMIN);
        try {
            var unit = units.register(new NewUnit(name, UnitKind.parse(kind), address, contactPerson, contactPhone,
                    drawn(geometry), depth == null || depth.isBlank() ? null : number(depth)));
            redirect.addFlashAttribute("flash", text("frontage.new.created", unit.name()));
            return "redirect:/console/frontage/units/" + unit.id();
        } catch (UrbanGridException e) {
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
            return "redirect:/console/frontage";
        }
    }

    @PostMapping("/console/frontage/import")
    String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        current.require(Role.ADMIN);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", text("frontage.error.file"));
            return "redirect:/console/frontage";
        }
        try {
            var result = units.importGeoJson(new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("flash", text("frontage.import.done", result.imported()));
        } catch (UrbanGridException e) {
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("importErrors", e.properties().get("errors"));
        }
        return "redirect:/console/frontage";
    }

    // --- a unit's record

    @GetMapping("/console/frontage/units/{id}")
    String unit(@PathVariable long id, @RequestParam(required = false) String before, Model model) {
        var me = current.require(STAFF);
        var unit = visible(me, id);
        var supervisor = units.supervisorOf(unit);
        boolean contacts = FrontageRecords.readsContacts(me, supervisor);
        model.addAttribute("unit", contacts ? unit : unit.withoutContact());
        model.addAttribute("showContact", contacts);
        model.addAttribute("kindLabel", label(unit.kind()));
        model.addAttribute("streetName", unit.streetCode() == null ? null : grids.nameOf(unit.streetCode()).orElse(null));
        model.addAttribute("supervisor", supervisor.flatMap(organization::department).map(d -> d.localName())
                .orElse(null));
        model.addAttribute("geometry", Shapes.toGeoJson(unit.area()).toString());
        var today = units.today();
        model.addAttribute("today", today);
        model.addAttribute("contracts", units.contracts(id));
        model.addAttribute("standards", Standard.values());
        Instant beforeAt = null;
        Long beforeCase = null;
        if (before != null && before.contains("_")) {
            try {
                beforeAt = Instant.parse(before.substring(0, before.indexOf('_')));
                beforeCase = Long.parseLong(before.substring(before.indexOf('_') + 1));
            } catch (DateTimeParseException | NumberFormatException e) {
                beforeAt = null;
            }
        }
        var links = records.cases(id, beforeAt, beforeCase, PAGE + 1);
        var shown = links.size() > PAGE ? links.subList(0, PAGE) : links;
        model.addAttribute("caseRows", shown.stream().map(this::caseRow).toList());
        model.addAttribute("casesNext", links.size() > PAGE
                ? shown.get(shown.size() - 1).reportedAt() + "_" + shown.get(shown.size() - 1).caseId() : null);
        model.addAttribute("steps", records.steps(id));
        model.addAttribute("stepKinds", StepKind.values());
        model.addAttribute("nextStep", records.nextStep(id));
        model.addAttribute("mayRecord", records.mayRecordSteps(me, unit));
        model.addAttribute("admin", me.is(Role.ADMIN));
        model.addAttribute("ratings", ratings.ratingsOf(id));
        model.addAttribute("removedAfter", ratings.removal(id, asOf()).orElse(null));
        return "frontage/unit";
    }

    @PostMapping("/console/frontage/units/{id}/steps")
    String step(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String takenOn, @RequestParam(required = false) String note,
            @RequestParam(required = false) String caseNumber, RedirectAttributes redirect) {
        var me = current.require(STAFF);
        visible(me, id);
        try {
            Long caseId = null;
            if (caseNumber != null && !caseNumber.isBlank()) {
                caseId = cases.byNumber(caseNumber.strip()).map(PublicCase::id)
                        .orElseThrow(() -> UrbanGridException.invalid("frontage.error.step-case").with("field", "caseId"));
            }
            StepKind stepKind = null;
            for (var k : StepKind.values()) {
                if (k.name().equals(kind)) {
                    stepKind = k;
                }
            }
            records.recordStep(me, id, stepKind, date(takenOn), note, caseId);
            redirect.addFlashAttribute("flash", text("frontage.steps.recorded"));
        } catch (UrbanGridException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/console/frontage/units/" + id + "#steps";
    }

    @PostMapping("/console/frontage/units/{id}/contracts")
    String contract(@PathVariable long id, @RequestParam(required = false) String signedOn,
            @RequestParam(required = false) String endsOn, @RequestParam(required = false) List<String> standards,
            @RequestParam(required = false) MultipartFile scan, RedirectAttributes redirect) throws IOException {
        var me = current.require(Role.ADMIN);
        try {
            Set<Standard> chosen = EnumSet.noneOf(Standard.class);
            if (standards != null) {
                for (var s : Standard.values()) {
                    if (standards.contains(s.name())) {
                        chosen.add(s);
                    }
                }
            }
            units.addContract(id, date(signedOn), date(endsOn), chosen,
                    scan == null || scan.isEmpty() ? null : scan.getBytes(), me.id());
            redirect.addFlashAttribute("flash", text("frontage.contracts.added"));
        } catch (UrbanGridException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/console/frontage/units/" + id + "#contracts";
    }

    /** A contract's scan, for the staff who may read the unit. */
    @GetMapping("/console/frontage/contracts/{id}/scan")
    ResponseEntity<InputStreamResource> scan(@PathVariable long id) {
        var me = current.require(STAFF);
        var contract = units.contract(id).filter(c -> c.scanPhotoId() != null)
                .orElseThrow(() -> UrbanGridException.notFound("frontage.error.unit-not-found", id));
        visible(me, contract.unitId());
        var photo = photos.find(contract.scanPhotoId())
                .orElseThrow(() -> UrbanGridException.notFound("frontage.error.unit-not-found", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, no-store")
                .body(new InputStreamResource(photos.open(photo.id())));
    }

    @PostMapping("/console/frontage/units/{id}/active")
    String active(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active) {
        current.require(Role.ADMIN);
        units.setActive(id, active);
        return "redirect:/console/frontage/units/" + id;
    }

    // --- renewals, supervisors, ratings

    @GetMapping("/console/frontage/contracts")
    String renewals(@RequestParam(required = false) Integer days, @RequestParam(required = false) String afterEnds,
            @RequestParam(required = false) Long afterId, Model model,
            @org.springframework.beans.factory.annotation.Value("${urbangrid.frontage.renewal-days:30}") int defaultDays) {
        var me = current.require(STAFF);
        int within = days == null || days < 0 || days > 3650 ? defaultDays : days;
        var page = units.dueForRenewal(within, afterEnds == null ? null : date(afterEnds), afterId, PAGE + 1);
        var shown = page.size() > PAGE ? page.subList(0, PAGE) : page;
        var names = new HashMap<Long, FrontageUnit>();
        var visible = new ArrayList<Contract>();
        for (var c : shown) {
            var unit = units.require(c.unitId());
            if (me.coversStreet(unit.streetCode())) {
                names.put(unit.id(), unit.withoutContact());
                visible.add(c);
            }
        }
        model.addAttribute("contracts", visible);
        model.addAttribute("unitsById", names);
        model.addAttribute("days", within);
        model.addAttribute("today", units.today());
        model.addAttribute("next", page.size() > PAGE ? shown.get(shown.size() - 1) : null);
        return "frontage/contracts";
    }

    @GetMapping("/console/frontage/supervisors")
    String supervisors(Model model) {
        var me = current.require(STAFF);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("table", units.supervisors());
        model.addAttribute("departments", organization.departments().stream().filter(d -> d.active()).toList());
        model.addAttribute("admin", me.is(Role.ADMIN));
        return "frontage/supervisors";
    }

    @PostMapping("/console/frontage/supervisors")
    String saveSupervisors(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        current.require(Role.ADMIN);
        try {
            var table = units.supervisors();
            for (var kind : UnitKind.values()) {
                var value = form.get("kind-" + kind.name());
                if (value != null && !value.isBlank()) {
                    long id = (long) number(value);
                    if (!Long.valueOf(id).equals(table.get(kind))) {
                        units.setSupervisor(kind, id);
                    }
                }
            }
            redirect.addFlashAttribute("flash", text("frontage.supervisors.saved"));
        } catch (UrbanGridException e) {
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/console/frontage/supervisors";
    }

    @GetMapping("/console/frontage/ratings")
    String ratingsPage(@RequestParam(required = false) String month, Model model) {
        var me = current.require(STAFF);
        var chosen = month == null || month.isBlank() ? defaultMonth() : month(month);
        var list = ratings.ratings(chosen);
        var byUnit = new HashMap<Long, FrontageUnit>();
        var eligibility = ratings.eligibility(chosen);
        eligibility.forEach(e -> byUnit.put(e.unit().id(), e.unit()));
        model.addAttribute("month", chosen);
        model.addAttribute("ratings", list.stream().filter(r -> byUnit.containsKey(r.unitId())
                && me.coversStreet(byUnit.get(r.unitId()).streetCode())).toList());
        model.addAttribute("unitsById", byUnit);
        model.addAttribute("eligibility", eligibility.stream().filter(e -> me.coversStreet(e.unit().streetCode()))
                .toList());
        model.addAttribute("months", ratings.ratedMonths());
        model.addAttribute("passMark", ratings.passMark());
        model.addAttribute("mayCompute", me.is(Role.ADMIN) || me.is(Role.LEADER));
        return "frontage/ratings";
    }

    @PostMapping("/console/frontage/ratings")
    String compute(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        current.require(Role.ADMIN, Role.LEADER);
        var chosen = month(month);
        try {
            var done = ratings.compute(chosen);
            redirect.addFlashAttribute("flash", text("frontage.ratings.computed", chosen.toString(), done.size()));
        } catch (UrbanGridException e) {
            redirect.addFlashAttribute("error", e.message(messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/console/frontage/ratings?month=" + chosen;
    }

    // --- helpers

    private FrontageUnit visible(StaffPrincipal me, long id) {
        var unit = units.require(id);
        if (!me.coversStreet(unit.streetCode())) {
            throw UrbanGridException.notFound("frontage.error.unit-not-found", id);
        }
        return unit;
    }

    private CaseRow caseRow(CaseLink link) {
        var status = cases.byId(link.caseId()).map(c -> text("case.status." + c.status().name())).orElse("—");
        return new CaseRow(link, status, words.time(link.reportedAt()));
    }

    private Map<Long, YearMonth> removedNow() {
        var map = new HashMap<Long, YearMonth>();
        for (var e : ratings.eligibility(asOf())) {
            if (!e.eligible()) {
                map.put(e.unit().id(), e.removedAfter());
            }
        }
        return map;
    }

    private Map<String, String> streetNames() {
        var map = new HashMap<String, String>();
        grids.ofLevel(GridLevel.STREET).forEach(s -> map.put(s.code(), s.localName()));
        return map;
    }

    /** The month the lists are read as of: the latest rated month, else last month. */
    private YearMonth asOf() {
        return ratings.ratedMonths().stream().findFirst().orElse(ratings.lastMonth());
    }

    private YearMonth defaultMonth() {
        return asOf();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw UrbanGridException.invalid("frontage.error.month").with("field", "month");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw UrbanGridException.invalid("frontage.error.taken-on").with("field", "date");
        }
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw UrbanGridException.invalid("frontage.error.depth").with("field", "depth");
        }
    }

    /** The drawn shape: a GeoJSON FeatureCollection of one feature, read by the platform's one reader. */
    private static org.locationtech.jts.geom.Geometry drawn(String geometry) {
        if (geometry == null || geometry.isBlank()) {
            return null;
        }
        var features = Shapes.readFeatures(geometry);
        if (features.size() != 1 || features.get(0).geometry() == null) {
            throw UrbanGridException.invalid("frontage.error.shape-invalid").with("field", "shape");
        }
        return features.get(0).geometry();
    }

    private String label(UnitKind kind) {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? kind.en() : kind.zh();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
