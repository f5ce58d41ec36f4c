package org.urbangrid.organization.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

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
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.StaffChange;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Organization", description = "Departments, staff and responsibility areas")
class OrganizationController {

    private final Organization organization;
    private final CurrentStaff current;

    OrganizationController(Organization organization, CurrentStaff current) {
        this.organization = organization;
        this.current = current;
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return organization.departments();
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Department createDepartment(@Valid @RequestBody NewDepartment department) {
        return organization.createDepartment(department);
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyRole('ADMIN','OPERATOR','SHIFT_LEADER','DISPATCHER','LEADER')")
    List<StaffMember> staff(@RequestParam(required = false) Role role) {
        if (role != null) {
            return organization.staffWithRole(role);
        }
        return java.util.Arrays.stream(Role.values()).flatMap(r -> organization.staffWithRole(r).stream()).toList();
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember createStaff(@Valid @RequestBody NewStaff staff) {
        return organization.createStaff(staff);
    }

    @PutMapping("/staff/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Edit a staff member: name, role, department, street, phone (a scope change ends their sessions)")
    StaffMember updateStaff(@PathVariable long id, @Valid @RequestBody StaffChange change) {
        return organization.updateStaff(id, change);
    }

    @PostMapping("/staff/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Deactivate: the person can no longer log in; their tokens and sessions end at once")
    StaffMember deactivate(@PathVariable long id) {
        return organization.setActive(id, false, current.get().id());
    }

    @PostMapping("/staff/{id}/reactivate")
    @PreAuthorize("hasRole('ADMIN')")
    StaffMember reactivate(@PathVariable long id) {
        return organization.setActive(id, true, current.get().id());
    }

    @PostMapping("/staff/{id}/revoke-tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "End every token and browser session of the person (sign out everywhere)")
    void revokeTokens(@PathVariable long id) {
        organization.revokeAccess(id);
    }

    record OneTimePassword(String username, String password) {}

    @PostMapping("/staff/{id}/password-reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a random one-time password, returned once; the person's sessions and tokens end")
    OneTimePassword resetPassword(@PathVariable long id) {
        var password = organization.resetPassword(id);
        return new OneTimePassword(organization.requireStaff(id).username(), password);
    }

    record Area(@NotNull Set<@Pattern(regexp = "\\d{15}") String> unitGridCodes) {}

    @GetMapping("/staff/{id}/area")
    Set<String> area(@PathVariable long id) {
        organization.staff(id).orElseThrow(() -> UrbanGridException.notFound("error.staff.not-found", id));
        return organization.areaOf(id);
    }

    @PutMapping("/staff/{id}/area")
    @PreAuthorize("hasRole('ADMIN')")
    Set<String> assignArea(@PathVariable long id, @Valid @RequestBody Area area) {
        organization.assignArea(id, area.unitGridCodes());
        return organization.areaOf(id);
    }
}
