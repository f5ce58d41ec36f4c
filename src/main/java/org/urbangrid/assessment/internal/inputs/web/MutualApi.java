package org.urbangrid.assessment.internal.inputs.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.internal.inputs.Months;
import org.urbangrid.assessment.internal.inputs.MutualAssessment;
import org.urbangrid.assessment.internal.inputs.MutualCriterion;
import org.urbangrid.assessment.internal.inputs.MutualDirection;
import org.urbangrid.assessment.internal.inputs.MutualForm;
import org.urbangrid.assessment.internal.inputs.RatedUnit;
import org.urbangrid.assessment.internal.inputs.RaterUnit;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/assessment/mutual")
@Tag(name = "Mutual assessment", description = "条块互评: criteria, the monthly forms streets and departments fill on each other")
class MutualApi {

    private final MutualAssessment mutual;
    private final CurrentStaff current;

    MutualApi(MutualAssessment mutual, CurrentStaff current) {
        this.mutual = mutual;
        this.current = current;
    }

    @GetMapping("/criteria")
    @Operation(summary = "The criteria of a direction's form (active only unless all=true)")
    List<MutualCriterion> criteria(@RequestParam String direction, @RequestParam(defaultValue = "false") boolean all) {
        current.get();
        return mutual.criteria(parse(direction), !all);
    }

    @PostMapping("/criteria")
    @Operation(summary = "Add a criterion (administrators)")
    ResponseEntity<MutualCriterion> create(@RequestBody MutualCriterion.Draft draft) {
        current.require(Role.ADMIN);
        var created = mutual.createCriterion(draft);
        return ResponseEntity.created(URI.create("/api/assessment/mutual/criteria/" + created.id())).body(created);
    }

    @PutMapping("/criteria/{id}")
    @Operation(summary = "Change a criterion (administrators); forms already sent keep the maximum they had")
    MutualCriterion update(@PathVariable long id, @RequestBody MutualCriterion.Draft draft) {
        current.require(Role.ADMIN);
        return mutual.updateCriterion(id, draft);
    }

    record Worksheet(RaterUnit rater, String month, String closesOn, List<MutualCriterion> criteria, List<RatedUnit> units) {}

    @GetMapping("/worksheet")
    @Operation(summary = "The acting rater's month: the unit they rate for, the criteria and every unit to rate with the form sent")
    Worksheet worksheet(@RequestParam String month) {
        var rater = mutual.requireRaterUnit(current.get());
        var m = Months.parse(month, "month");
        return new Worksheet(rater, m.toString(), mutual.closesOn(m).toString(), mutual.criteria(rater.direction(), true),
                mutual.worksheet(rater, m));
    }

    @PostMapping("/forms")
    @Operation(summary = "Send or correct the rater unit's form on one unit for a month (until the deadline day of the next month)")
    MutualForm submit(@RequestBody MutualForm.Draft draft) {
        return mutual.submit(current.get(), draft);
    }

    @GetMapping("/forms")
    @Operation(summary = "Every form of a direction and month (administrators and leaders)")
    List<MutualForm> forms(@RequestParam String direction, @RequestParam String month) {
        current.require(Role.ADMIN, Role.LEADER);
        return mutual.forms(parse(direction), Months.parse(month, "month"));
    }

    @GetMapping("/forms/{id}")
    @Operation(summary = "One form: administrators, leaders, and the rater unit's own people")
    MutualForm form(@PathVariable long id) {
        var who = current.get();
        var form = mutual.requireForm(id);
        boolean own = mutual.raterUnitOf(who).filter(r -> r.direction() == form.direction() && r.id().equals(form.raterId()))
                .isPresent();
        if (!own && who.role() != Role.ADMIN && who.role() != Role.LEADER) {
            throw UrbanGridException.notFound("inputs.error.form-not-found", id);
        }
        return form;
    }

    private static MutualDirection parse(String direction) {
        return MutualDirection.parse(direction, "direction");
    }
}
