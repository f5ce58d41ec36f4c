package org.urbangrid.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.organization.internal.OrganizationStore;
import org.urbangrid.platform.UrbanGridException;

/** The organization's public face: departments, staff, responsibility areas. */
@Service
public class Organization {

    private final OrganizationStore store;
    private final PasswordEncoder passwords;

    Organization(OrganizationStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    public List<Department> departments() {
        return store.departments();
    }

    public Optional<Department> department(long id) {
        return store.department(id);
    }

    public Optional<Department> departmentByCode(String code) {
        return store.departmentByCode(code);
    }

    public Department requireDepartment(long id) {
        return department(id).orElseThrow(() -> UrbanGridException.notFound("error.department.not-found", id));
    }

    @Transactional
    public Department createDepartment(NewDepartment department) {
        if (store.departmentByCode(department.code()).isPresent()) {
            throw UrbanGridException.conflict("error.department.code-taken", department.code());
        }
        return store.insertDepartment(department);
    }

    public Optional<StaffMember> staff(long id) {
        return store.staff(id);
    }

    public Optional<StaffMember> staffByUsername(String username) {
        return store.staffByUsername(username);
    }

    public List<StaffMember> staffWithRole(Role role) {
        return store.staffWithRole(role);
    }

    @Transactional
    public StaffMember createStaff(NewStaff staff) {
        return createStaffWithHash(staff, passwords.encode(staff.password()));
    }

    /** For bulk loads that hash one shared password once. */
    @Transactional
    public StaffMember createStaffWithHash(NewStaff staff, String passwordHash) {
        if (store.staffByUsername(staff.username()).isPresent()) {
            throw UrbanGridException.conflict("error.staff.username-taken", staff.username());
        }
        if (staff.role() == Role.HANDLER && staff.departmentId() == null) {
            throw UrbanGridException.invalid("error.staff.handler-needs-department");
        }
        if (staff.departmentId() != null) {
            requireDepartment(staff.departmentId());
        }
        return store.insertStaff(staff, passwordHash);
    }

    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /** Replaces an inspector's responsibility area (责任区) with the given unit grids. */
    @Transactional
    public void assignArea(long staffId, Collection<String> unitGridCodes) {
        var member = staff(staffId).orElseThrow(() -> UrbanGridException.notFound("error.staff.not-found", staffId));
        if (member.role() != Role.INSPECTOR) {
            throw UrbanGridException.invalid("error.staff.area-only-for-inspectors", member.username());
        }
        store.replaceArea(staffId, Set.copyOf(unitGridCodes));
    }

    public Set<String> areaOf(long staffId) {
        return store.areaOf(staffId);
    }

    /** Active inspectors whose responsibility area contains the unit grid. */
    public List<StaffMember> inspectorsCovering(String unitGridCode) {
        return store.inspectorsCovering(unitGridCode);
    }

    public boolean covers(long inspectorId, String unitGridCode) {
        return store.covers(inspectorId, unitGridCode);
    }
}
