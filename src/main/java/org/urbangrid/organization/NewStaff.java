package org.urbangrid.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a staff account. A handler must name a department. */
public record NewStaff(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 6, max = 100) String password,
        @NotNull Role role,
        Long departmentId,
        @Pattern(regexp = "\\d{9}") String streetCode,
        @Size(max = 32) String phone) {}
