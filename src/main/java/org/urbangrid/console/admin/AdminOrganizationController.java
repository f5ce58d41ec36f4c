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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
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
    private final CurrentStaff current;

    AdminOrganizationController(Organization organization, ResponsibilityAreas areas, Grids grids, Refusals refusals,
            CurrentStaff current) {
        this.organization = organization;
        this.areas = areas;
        this.grids = grids;
        this.refusals = refusals;
        this.current = current;
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
        model.addAttribute("roles", Role.staffRoles());
        model.addAttribute("role", role == null ? "" : role);
        model.addAttribute("staff", staff);
        model.addAttribute("areaSizes", areaSizes);
        var streets = grids.ofLevel(GridLevel.STREET);
        model.addAttribute("streets", streets);
        model.addAttribute("streetNames", streets.stream().collect(Collectors.toMap(Grid::code, Grid::localName)));
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

    /** One person: edit, deactivate or reactivate, sign out everywhere, reset the password. */
    @GetMapping("/admin/organization/users/{id}")
    String person(@PathVariable long id, Model model) {
        var member = organization.requireStaff(id);
        model.addAttribute("person", member);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new StaffForm.EditForm(member.displayName(), member.role().name(),
                    member.departmentId() == null ? "" : String.valueOf(member.departmentId()),
                    member.streetCode() == null ? "" : member.streetCode(), member.phone()));
        }
        model.addAttribute("department", member.departmentId() == null ? null
                : organization.department(member.departmentId()).orElse(null));
        model.addAttribute("street", member.streetCode() == null ? null : grids.find(member.streetCode()).orElse(null));
        model.addAttribute("roles", Role.staffRoles());
        model.addAttribute("departments", organization.departments());
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("areaSize", organization.areaOf(id).size());
        return "admin/staff";
    }

    @PostMapping("/admin/organization/users/{id}")
    String edit(@PathVariable long id, StaffForm.EditForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var saved = organization.updateStaff(id, form.change());
            redirect.addFlashAttribute("flash", refusals.message("admin.org.user-saved", saved.username()));
            return "redirect:/admin/organization/users/" + id;
        } catch (UrbanGridException e) {
            model.addAttribute("typed", form);
            model.addAttribute("failed", "edit");
            return personRefused(id, e, model, response);
        }
    }

    /** 调动: another department and street, the rest of the account as it is. */
    @PostMapping("/admin/organization/users/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String departmentId,
            @RequestParam(required = false) String streetCode, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        var member = organization.requireStaff(id);
        var form = new StaffForm.EditForm(member.displayName(), member.role().name(), departmentId, streetCode,
                member.phone());
        try {
            var saved = organization.updateStaff(id, form.change());
            var to = saved.departmentId() == null ? null : organization.department(saved.departmentId()).orElse(null);
            var street = saved.streetCode() == null ? null : grids.find(saved.streetCode()).orElse(null);
            redirect.addFlashAttribute("flash", refusals.message("admin.org.user-moved", saved.displayName(),
                    to == null ? refusals.message("admin.org.noDepartment") : to.localName(),
                    street == null ? refusals.message("admin.org.wholeDistrict") : street.localName()));
            return "redirect:/admin/organization/users/" + id;
        } catch (UrbanGridException e) {
            model.addAttribute("moveTyped", form);
            model.addAttribute("failed", "move");
            return personRefused(id, e, model, response);
        }
    }

    @PostMapping("/admin/organization/users/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var saved = organization.setActive(id, active, current.get().id());
            redirect.addFlashAttribute("flash", refusals.message(
                    active ? "admin.org.user-reactivated" : "admin.org.user-deactivated", saved.username()));
            return "redirect:/admin/organization/users/" + id;
        } catch (UrbanGridException e) {
            return personRefused(id, e, model, response);
        }
    }

    @PostMapping("/admin/organization/users/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        organization.revokeAccess(id);
        redirect.addFlashAttribute("flash", refusals.message("admin.org.user-revoked",
                organization.requireStaff(id).username()));
        return "redirect:/admin/organization/users/" + id;
    }

    /** The one-time password is shown on this answer only (not kept, not redirected through the session). */
    @PostMapping("/admin/organization/users/{id}/password-reset")
    String resetPassword(@PathVariable long id, Model model) {
        var password = organization.resetPassword(id);
        model.addAttribute("oneTimePassword", password);
        return person(id, model);
    }

    private String personRefused(long id, UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return person(id, model);
    }

    private String refused(UrbanGridException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", refusals.message(e));
        return page(null, model);
    }
}
