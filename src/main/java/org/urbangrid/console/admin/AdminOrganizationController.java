package org.urbangrid.console.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.platform.UrbanGridException;

/** 部门与用户: the departments, the staff by role, and forms to add either. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganizationController {

    private final Organization organization;
    private final ResponsibilityAreas areas;
    private final Grids grids;
    private final Refusals refusals;

    AdminOrganizationController(Organization organization, ResponsibilityAreas areas, Grids grids, Refusals refusals) {
        this.organization = organization;
        this.areas = areas;
        this.grids = grids;
        this.refusals = refusals;
    }

    @GetMapping("/admin/organization")
    String page(@RequestParam(required = false) String role, Model model) {
        var departments = organization.departments();
        Map<Long, Department> byId = departments.stream().collect(Collectors.toMap(Department::id, Function.identity()));
        Map<Role, List<StaffMember>> staff = new LinkedHashMap<>();
        for (var r : Role.values()) {
            if (role == null || role.isBlank() || r.name().equals(role)) {
                staff.put(r, organization.staffWithRole(r));
            }
        }
        var areaSizes = staff.getOrDefault(Role.INSPECTOR, List.of()).stream()
                .collect(Collectors.toMap(StaffMember::id, s -> organization.areaOf(s.id()).size()));
        model.addAttribute("departments", departments);
        model.addAttribute("departmentsById", byId);
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role == null ? "" : role);
        model.addAttribute("staff", staff);
        model.addAttribute("areaSizes", areaSizes);
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        return "admin/organization";
    }

    @PostMapping("/admin/organization/departments")
    String createDepartment(StaffForm.DepartmentForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var department = organization.createDepartment(form.department());
            redirect.addFlashAttribute("flash", refusals.message("admin.org.department-created", department.name()));
            return "redirect:/admin/organization";
        } catch (UrbanGridException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/admin/organization/users")
    String createUser(StaffForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var staff = form.staff();
            var area = areas.parse(form.area());
            if (!area.isEmpty() && staff.role() != Role.INSPECTOR) {
                throw Refusals.invalid("admin.error.area-only-inspector");
            }
            if (staff.streetCode() != null && grids.find(staff.streetCode()).isEmpty()) {
                throw Refusals.invalid("admin.error.street-code", staff.streetCode());
            }
            var created = organization.createStaff(staff);
            if (!area.isEmpty()) {
                organization.assignArea(created.id(), area);
            }
            redirect.addFlashAttribute("flash", refusals.message("admin.org.user-created", created.username(), area.size()));
            return "redirect:/admin/organization";
        } catch (UrbanGridException e) {
            return refused(e, model, response);
        }
    }

    private String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return page(null, model);
    }
}
