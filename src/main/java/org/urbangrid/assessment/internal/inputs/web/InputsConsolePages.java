package org.urbangrid.assessment.internal.inputs.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.assessment.internal.inputs.Months;
import org.urbangrid.assessment.internal.inputs.MutualAssessment;
import org.urbangrid.assessment.internal.inputs.MutualCriterion;
import org.urbangrid.assessment.internal.inputs.MutualDirection;
import org.urbangrid.assessment.internal.inputs.MutualForm;
import org.urbangrid.assessment.internal.inputs.SpotCheck;
import org.urbangrid.assessment.internal.inputs.SpotChecks;
import org.urbangrid.assessment.internal.inputs.ThirdPartyReview;
import org.urbangrid.assessment.internal.inputs.ThirdPartyReviews;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.platform.UrbanGridException;

/**
 * The console pages of the assessment inputs: 互评指标 (administrators), 互评表 (the raters' worksheet; all forms for
 * administrators and leaders), 第三方评估 and 月度抽查 (draws, their reproduction, assignment and findings).
 */
@Controller
class InputsConsolePages {

    private final MutualAssessment mutual;
    private final ThirdPartyReviews reviews;
    private final SpotChecks checks;
    private final Organization organization;
    private final CurrentStaff current;
    private final PageMessages messages;
    private final java.time.Clock clock;
    private final org.urbangrid.grid.Grids grids;

    InputsConsolePages(MutualAssessment mutual, ThirdPartyReviews reviews, SpotChecks checks, Organization organization,
            CurrentStaff current, PageMessages messages, java.time.Clock clock,
            org.urbangrid.grid.Grids grids) {
        this.grids = grids;
        this.mutual = mutual;
        this.reviews = reviews;
        this.checks = checks;
        this.organization = organization;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    @ExceptionHandler(UrbanGridException.class)
    String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", messages.of(e));
        model.addAttribute("me", current.get());
        return "assessment/inputs/error";
    }

    @GetMapping("/assessment/inputs")
    String hub(Model model) {
        var me = current.get();
        model.addAttribute("rater", mutual.raterUnitOf(me).orElse(null));
        model.addAttribute("drawer", SpotChecks.mayDraw(me));
        return "assessment/inputs/hub";
    }

    // 互评指标 ---------------------------------------------------------------------------------------------

    @GetMapping("/assessment/mutual/criteria")
    String criteria(@RequestParam(required = false) Long edit, Model model) {
        current.require(Role.ADMIN);
        var all = new LinkedHashMap<MutualDirection, List<MutualCriterion>>();
        for (var d : MutualDirection.values()) {
            all.put(d, mutual.criteria(d, false));
        }
        model.addAttribute("criteria", all);
        model.addAttribute("editing", edit == null ? null : mutual.requireCriterion(edit));
        return "assessment/inputs/criteria";
    }

    @PostMapping("/assessment/mutual/criteria")
    String createCriterion(MutualCriterion.Draft draft, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        current.require(Role.ADMIN);
        return attempt(() -> mutual.createCriterion(draft), "inputs.criteria.saved", "/assessment/mutual/criteria",
                () -> criteria(null, model), model, redirect, response);
    }

    @PostMapping("/assessment/mutual/criteria/{id}")
    String updateCriterion(@PathVariable long id, MutualCriterion.Draft draft, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        current.require(Role.ADMIN);
        return attempt(() -> mutual.updateCriterion(id, draft), "inputs.criteria.saved", "/assessment/mutual/criteria",
                () -> criteria(id, model), model, redirect, response);
    }

    // 互评表 ---------------------------------------------------------------------------------------------

    @GetMapping("/assessment/mutual/rate")
    String rate(@RequestParam(required = false) String month, Model model) {
        var rater = mutual.requireRaterUnit(current.get());
        var m = month == null ? YearMonth.now(clock) : Months.parse(month, "month");
        model.addAttribute("rater", rater);
        model.addAttribute("month", m.toString());
        model.addAttribute("closesOn", mutual.closesOn(m).toString());
        model.addAttribute("criteria", mutual.criteria(rater.direction(), true));
        var units = mutual.worksheet(rater, m);
        var given = new HashMap<String, Map<Long, Integer>>();
        units.stream().filter(u -> u.form() != null).forEach(u -> {
            var points = new HashMap<Long, Integer>();
            u.form().items().forEach(i -> points.put(i.criterionId(), i.points()));
            given.put(u.id(), points);
        });
        model.addAttribute("units", units);
        model.addAttribute("given", given);
        return "assessment/inputs/rate";
    }

    @PostMapping("/assessment/mutual/rate")
    String submitForm(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var me = current.get();
        var items = new ArrayList<MutualForm.ItemDraft>();
        params.forEach((name, value) -> {
            if (name.startsWith("points-")) {
                items.add(new MutualForm.ItemDraft(parseLong(name.substring(7)), parseInt(value)));
            }
        });
        var draft = new MutualForm.Draft(null, params.get("month"), params.get("ratedId"), items, params.get("remark"));
        return attempt(() -> mutual.submit(me, draft), "inputs.rate.saved",
                "/assessment/mutual/rate?month=" + params.getOrDefault("month", ""),
                () -> rate(params.get("month"), model), model, redirect, response);
    }

    @GetMapping("/assessment/mutual/forms")
    String forms(@RequestParam(required = false) String direction, @RequestParam(required = false) String month,
            Model model) {
        current.require(Role.ADMIN, Role.LEADER);
        var d = direction == null ? MutualDirection.STREET_RATES_DEPARTMENT : MutualDirection.parse(direction, "direction");
        var m = month == null ? YearMonth.now(clock) : Months.parse(month, "month");
        var forms = mutual.forms(d, m);
        var names = new HashMap<String, String>();
        for (var each : MutualDirection.values()) {
            names.putAll(mutual.ratedUnits(each));
        }
        var means = new LinkedHashMap<String, Double>();
        var counts = new HashMap<String, Integer>();
        for (var form : forms) {
            means.merge(form.ratedId(), form.score(), Double::sum);
            counts.merge(form.ratedId(), 1, Integer::sum);
        }
        means.replaceAll((id, sum) -> sum / counts.get(id));
        model.addAttribute("direction", d);
        model.addAttribute("month", m.toString());
        model.addAttribute("forms", forms);
        model.addAttribute("means", means);
        model.addAttribute("counts", counts);
        model.addAttribute("names", names);
        model.addAttribute("directions", MutualDirection.values());
        return "assessment/inputs/forms";
    }

    // 第三方评估 -----------------------------------------------------------------------------------------

    @GetMapping("/assessment/third-party")
    String thirdParty(@RequestParam(required = false) Integer year, Model model) {
        current.require(Role.ADMIN, Role.LEADER);
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        var names = new HashMap<String, String>();
        for (var each : MutualDirection.values()) {
            names.putAll(mutual.ratedUnits(each));
        }
        organization.departments().forEach(d -> names.putIfAbsent(Long.toString(d.id()), d.name()));
        model.addAttribute("year", y);
        model.addAttribute("reviews", reviews.ofYear(y));
        model.addAttribute("names", names);
        model.addAttribute("departments", organization.departments().stream().filter(d -> d.active()).toList());
        model.addAttribute("kinds", ThirdPartyReviews.KINDS);
        model.addAttribute("areas", areas());
        return "assessment/inputs/third-party";
    }

    @PostMapping("/assessment/third-party")
    String recordReview(ThirdPartyReview.Draft draft, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var me = current.require(Role.ADMIN, Role.LEADER);
        return attempt(() -> reviews.record(me, draft), "inputs.thirdParty.saved",
                "/assessment/third-party?year=" + draft.year(), () -> thirdParty(draft.year(), model), model, redirect, response);
    }

    // 月度抽查 -------------------------------------------------------------------------------------------

    @GetMapping("/assessment/spot-checks")
    String spotChecks(@RequestParam(required = false) String month, Model model) {
        requireDrawer();
        var m = month == null ? YearMonth.now(clock) : Months.parse(month, "month");
        model.addAttribute("month", m.toString());
        model.addAttribute("draws", checks.ofMonth(m));
        model.addAttribute("areas", areas());
        return "assessment/inputs/spot-checks";
    }

    @PostMapping("/assessment/spot-checks")
    String draw(SpotCheck.Request request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var me = requireDrawer();
        try {
            var draw = checks.draw(me, request);
            redirect.addFlashAttribute("flash", messages.of("inputs.spot.drawn", draw.count(), draw.areaName()));
            return "redirect:/assessment/spot-checks/" + draw.id();
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", messages.of(e));
            return spotChecks(request.month() == null || request.month().isBlank() ? null : request.month(), model);
        }
    }

    @GetMapping("/assessment/spot-checks/{id}")
    String spotCheck(@PathVariable long id, Model model) {
        requireDrawer();
        var draw = checks.require(id);
        var findings = new LinkedHashMap<String, List<SpotCheck.Finding>>();
        draw.grids().forEach(g -> findings.put(g.unitGridCode(), checks.findings(id, g.unitGridCode())));
        var inspectors = new HashMap<Long, String>();
        var all = organization.staffWithRole(Role.INSPECTOR).stream().filter(StaffMember::active).toList();
        all.forEach(m -> inspectors.put(m.id(), m.displayName() + " (" + m.username() + ")"));
        model.addAttribute("draw", draw);
        model.addAttribute("findings", findings);
        model.addAttribute("inspectors", inspectors);
        model.addAttribute("inspectorList", all);
        model.addAttribute("reproduction", checks.reproduce(id));
        return "assessment/inputs/spot-check";
    }

    @PostMapping("/assessment/spot-checks/{id}/grids/{code}/inspector")
    String assign(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) Long inspectorId,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var me = requireDrawer();
        return attempt(() -> checks.assign(me, id, code, inspectorId), "inputs.spot.assigned",
                "/assessment/spot-checks/" + id, () -> spotCheck(id, model), model, redirect, response);
    }

    @GetMapping("/assessment/spot-checks/findings/{id}/photo")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) {
        return SpotCheckApi.FindingPhotos.photo(checks, current.get(), id);
    }

    /** Streets and communities for the pickers, in code order. */
    private List<org.urbangrid.grid.Grid> areas() {
        var areas = new ArrayList<org.urbangrid.grid.Grid>(grids.ofLevel(org.urbangrid.grid.GridLevel.STREET));
        areas.addAll(grids.ofLevel(org.urbangrid.grid.GridLevel.COMMUNITY));
        areas.sort(java.util.Comparator.comparing(org.urbangrid.grid.Grid::code));
        return areas;
    }

    private org.urbangrid.organization.StaffPrincipal requireDrawer() {
        return current.require(Role.ADMIN, Role.SHIFT_LEADER, Role.LEADER);
    }

    /** Runs a change: on success a flash and a redirect, on refusal the page again with the reason and its status. */
    private String attempt(Runnable change, String doneKey, String target, Supplier<String> page, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            change.run();
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", messages.of(e));
            return page.get();
        }
        redirect.addFlashAttribute("flash", messages.of(doneKey));
        return "redirect:" + target;
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer parseInt(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
