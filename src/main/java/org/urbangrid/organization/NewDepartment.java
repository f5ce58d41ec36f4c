package org.urbangrid.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a department. */
public record NewDepartment(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @NotNull DepartmentKind kind,
        @Pattern(regexp = "\\d{9}") String streetCode) {}
