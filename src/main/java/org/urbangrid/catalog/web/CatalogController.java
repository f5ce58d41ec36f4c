package org.urbangrid.catalog.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.catalog.internal.CatalogService;
import org.urbangrid.catalog.internal.ConditionSpec;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalog", description = "部件/事件分类, 立案条件 with handling limits and 结案条件")
class CatalogController {

    static final String UNITS = "NATURAL_MINUTES|NATURAL_HOURS|WORK_MINUTES|WORK_HOURS|WORK_DAYS";

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    record ConditionRequest(@NotBlank @Size(max = 500) String description,
            @NotNull @Positive Integer limitAmount,
            @NotNull @Pattern(regexp = UNITS, message = "{error.catalog.limit-unit-invalid}") String limitUnit,
            @NotBlank @Size(max = 500) String closingCondition, Boolean active,
            @PositiveOrZero Integer safeLimitAmount,
            @Pattern(regexp = UNITS, message = "{error.catalog.limit-unit-invalid}") String safeLimitUnit,
            @Size(max = 500) String nameEn) {

        /**
         * The first-step (made safe) limit: {@code safeLimitAmount} with {@code safeLimitUnit} (defaulting to the
         * handling limit's unit); left out keeps it on update, 0 removes it.
         */
        ConditionSpec spec() {
            var unit = LimitUnit.valueOf(limitUnit);
            var safe = safeLimitAmount == null || safeLimitAmount == 0 ? null
                    : new TimeLimit(safeLimitAmount, safeLimitUnit == null ? unit : LimitUnit.valueOf(safeLimitUnit));
            return new ConditionSpec(description, new TimeLimit(limitAmount, unit), closingCondition, active, safe,
                    safeLimitAmount != null && safeLimitAmount == 0, nameEn);
        }
    }

    record NewClassRequest(
            @NotNull @Pattern(regexp = "[CE]21\\d{2}", message = "{error.catalog.local-code-shape}") String code,
            @NotBlank @Size(max = 100) String name, @Size(max = 200) String nameEn,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull ConditionRequest> conditions) {}

    /** {@code nameEn} left out keeps the English name, blank removes it. */
    record ClassUpdateRequest(@NotBlank @Size(max = 100) String name, @NotNull Boolean active,
            @Size(max = 200) String nameEn) {}

    /** A class with its 立案条件. */
    record ClassDetail(String code, CategoryKind kind, String majorCode, String majorName, String name,
            boolean local, boolean active, List<FilingCondition> conditions, String nameEn, String majorNameEn,
            String localName) {}

    @GetMapping("/classes")
    @Operation(summary = "Classes for pickers, searched by part of the name or code")
    List<CatalogClass> classes(@RequestParam(required = false) CategoryKind kind,
            @RequestParam(required = false) @Size(max = 50) String q) {
        return catalog.classes(kind, q);
    }

    @GetMapping("/classes/{code}")
    @Operation(summary = "One class with its filing conditions")
    ClassDetail detail(@PathVariable String code) {
        return detail(catalog.requireClass(code));
    }

    @PostMapping("/classes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a local class (C21xx / E21xx) with at least one filing condition")
    ClassDetail create(@Valid @RequestBody NewClassRequest request) {
        var specs = request.conditions().stream().map(ConditionRequest::spec).toList();
        return detail(catalog.createLocalClass(request.code(), request.name(), request.nameEn(), specs));
    }

    @PutMapping("/classes/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rename or (de)activate a class")
    ClassDetail update(@PathVariable String code, @Valid @RequestBody ClassUpdateRequest request) {
        return detail(catalog.updateClass(code, request.name(), request.nameEn(), request.active()));
    }

    @PostMapping("/classes/{code}/conditions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a filing condition; its code is the class code and the next two-digit number")
    FilingCondition addCondition(@PathVariable String code, @Valid @RequestBody ConditionRequest request) {
        return catalog.addCondition(code, request.spec());
    }

    @GetMapping("/conditions/{code}")
    @Operation(summary = "One filing condition")
    FilingCondition condition(@PathVariable String code) {
        return catalog.requireCondition(code);
    }

    @PutMapping("/conditions/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a filing condition's description, limit, closing condition or active flag")
    FilingCondition updateCondition(@PathVariable String code, @Valid @RequestBody ConditionRequest request) {
        return catalog.updateCondition(code, request.spec());
    }

    private ClassDetail detail(CatalogClass c) {
        return new ClassDetail(c.code(), c.kind(), c.majorCode(), c.majorName(), c.name(), c.local(), c.active(),
                catalog.conditionsOf(c.code()), c.nameEn(), c.majorNameEn(), c.localName());
    }
}
