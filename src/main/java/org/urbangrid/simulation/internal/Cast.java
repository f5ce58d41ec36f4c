package org.urbangrid.simulation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * The district's active staff by role, the inspectors of each unit grid and the handlers of each department, all in
 * a fixed order (by username) so that the same seed picks the same people.
 */
final class Cast {

    private final Map<Role, List<StaffPrincipal>> byRole = new HashMap<>();
    private final Map<Long, StaffPrincipal> byId = new HashMap<>();
    private final Map<String, List<StaffPrincipal>> inspectorsByGrid = new HashMap<>();
    private final Map<Long, List<StaffPrincipal>> handlersByDepartment = new HashMap<>();
    private final List<Long> departments = new ArrayList<>();
    private final List<String> unitGrids = new ArrayList<>();

    Cast(Organization organization, Grids grids) {
        for (var role : Role.values()) {
            var staff = organization.staffWithRole(role).stream().filter(StaffMember::active)
                    .sorted(Comparator.comparing(StaffMember::username)).map(StaffPrincipal::of).toList();
            byRole.put(role, staff);
            staff.forEach(s -> byId.put(s.id(), s));
        }
        for (var handler : byRole.get(Role.HANDLER)) {
            handlersByDepartment.computeIfAbsent(handler.departmentId(), d -> new ArrayList<>()).add(handler);
        }
        organization.departments().stream()
                .filter(d -> d.active() && d.kind() != DepartmentKind.CENTRE && handlersByDepartment.containsKey(d.id()))
                .map(d -> d.id()).sorted().forEach(departments::add);
        for (var grid : grids.ofLevel(GridLevel.UNIT).stream().sorted(Comparator.comparing(Grid::code)).toList()) {
            var covering = organization.inspectorsCovering(grid.code()).stream().filter(StaffMember::active)
                    .sorted(Comparator.comparing(StaffMember::username)).map(StaffPrincipal::of).toList();
            if (!covering.isEmpty()) {
                inspectorsByGrid.put(grid.code(), covering);
                unitGrids.add(grid.code());
            }
        }
        for (var role : List.of(Role.INSPECTOR, Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER, Role.HANDLER,
                Role.LEADER)) {
            if (byRole.get(role).isEmpty()) {
                throw UrbanGridException.unprocessable("error.simulation.no-staff", role);
            }
        }
        if (unitGrids.isEmpty() || departments.isEmpty()) {
            throw UrbanGridException.unprocessable("error.simulation.no-district");
        }
    }

    /** Someone of the role who may act in the street (centre-wide staff act everywhere). */
    StaffPrincipal pick(Role role, String street, Random random) {
        var eligible = byRole.get(role).stream().filter(s -> s.coversStreet(street)).toList();
        if (eligible.isEmpty()) {
            throw UrbanGridException.unprocessable("error.simulation.no-staff", role);
        }
        return eligible.get(random.nextInt(eligible.size()));
    }

    StaffPrincipal inspectorOf(String unitGrid, Random random) {
        var covering = inspectorsByGrid.get(unitGrid);
        return covering.get(random.nextInt(covering.size()));
    }

    StaffPrincipal staff(long id) {
        return byId.get(id);
    }

    /** A handler of the department, or null when it has none. */
    StaffPrincipal handlerOf(Long department, Random random) {
        var handlers = department == null ? null : handlersByDepartment.get(department);
        return handlers == null ? null : handlers.get(random.nextInt(handlers.size()));
    }

    /** Departments that handle cases (not the centre), each with at least one handler. */
    List<Long> departments() {
        return departments;
    }

    /** Unit grids with an inspector. */
    List<String> unitGrids() {
        return unitGrids;
    }
}
