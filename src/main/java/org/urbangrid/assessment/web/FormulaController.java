package org.urbangrid.assessment.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.internal.Formulas;
import org.urbangrid.assessment.internal.NewFormula;
import org.urbangrid.assessment.internal.Periods;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 考核办法: formula versions. Administrators and leaders read them; only administrators add a version. */
@RestController
@RequestMapping("/api/assessment/formulas")
@Tag(name = "Assessment formulas", description = "考核办法版本: weights, bands, grade limits, minimum cases, class 2 regions, by date")
class FormulaController {

    private final Formulas formulas;
    private final Periods periods;

    FormulaController(Formulas formulas, Periods periods) {
        this.formulas = formulas;
        this.periods = periods;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Operation(summary = "Every formula version, newest first")
    List<AssessmentViews.FormulaView> list() {
        return formulas.all().stream().map(AssessmentViews.FormulaView::of).toList();
    }

    @GetMapping("/in-force")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Operation(summary = "The version in force on a day (default today)")
    AssessmentViews.FormulaView inForce(@RequestParam(required = false) LocalDate date) {
        return AssessmentViews.FormulaView.of(formulas.inForce(date == null ? periods.today() : date));
    }

    @GetMapping("/{version}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER')")
    @Operation(summary = "One formula version")
    AssessmentViews.FormulaView get(@PathVariable long version) {
        return AssessmentViews.FormulaView.of(formulas.require(version));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a formula version valid from a date, with a reason (admin; audited)")
    AssessmentViews.FormulaView create(@RequestBody NewFormula formula) {
        return AssessmentViews.FormulaView.of(formulas.create(formula));
    }
}
