package org.urbangrid.dispatch.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.dispatch.NewRoutingRule;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.Organization;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/routing/rules")
@Tag(name = "Routing rules", description = "派遣规则: which lead department gets which cases, where")
class RoutingRuleController {

    private final RoutingRules rules;
    private final Organization organization;

    RoutingRuleController(RoutingRules rules, Organization organization) {
        this.rules = rules;
        this.organization = organization;
    }

    /** A rule as the API shows it, with its department's code and name. */
    record RuleView(@JsonUnwrapped RoutingRule rule, String departmentCode, String departmentName) {}

    /** The body of a replace; {@code active} (default true) can bring a deactivated rule back. */
    record RuleUpdate(@Size(max = 12) String category, @Size(max = 15) String areaCode, @NotNull Long departmentId,
            @Size(max = 200) String note, @Min(-1000) @Max(1000) Integer priority, Boolean active,
            Boolean frontageSupervisor) {

        NewRoutingRule rule() {
            return new NewRoutingRule(category, areaCode, departmentId, note, priority, frontageSupervisor);
        }
    }

    @GetMapping
    @Operation(summary = "Routing rules, active only unless includeInactive=true")
    List<RuleView> list(@RequestParam(defaultValue = "false") boolean includeInactive) {
        return rules.list(includeInactive).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One routing rule")
    RuleView get(@PathVariable long id) {
        return view(rules.require(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a routing rule (admin)")
    RuleView create(@Valid @RequestBody NewRoutingRule rule) {
        return view(rules.create(rule));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace a routing rule (admin)")
    RuleView update(@PathVariable long id, @Valid @RequestBody RuleUpdate update) {
        return view(rules.update(id, update.rule(), update.active() == null || update.active()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deactivate a routing rule (admin); it stays listed with includeInactive=true")
    RuleView deactivate(@PathVariable long id) {
        return view(rules.deactivate(id));
    }

    private RuleView view(RoutingRule rule) {
        var department = organization.department(rule.departmentId());
        return new RuleView(rule, department.map(d -> d.code()).orElse(null), department.map(d -> d.name()).orElse(null));
    }
}
