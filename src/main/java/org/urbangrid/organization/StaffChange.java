package org.urbangrid.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator's edit of a staff account: name, role, department, street and phone, all at once (the
 * username never changes). A change of role, department or street ends the person's open browser sessions,
 * so they log in again with the new scope.
 */
public record StaffChange(
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        Long departmentId,
        @Pattern(regexp = "\\d{9}") String streetCode,
        @Size(max = 32) String phone) {}
