package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

/** Which open session hears of which case change: the scope of the case pages, person by person. */
class DeskCaseEventsScopeTest {

    private static final String STREET = "210231001";
    private static final String GRID = "210231001002005";
    private static final DeskCaseEvents.Note CHANGE = new DeskCaseEvents.Note("20261125000001", STREET, GRID, 7L,
            Set.of(8L), 101L, 102L);

    private static StaffPrincipal staff(long id, Role role, Long department, String street) {
        return new StaffPrincipal(id, "u" + id, "u" + id, role, department, street);
    }

    private static boolean sees(StaffPrincipal viewer, Set<String> area) {
        return DeskCaseEvents.sees(viewer, area, CHANGE);
    }

    @Test
    void centre_staff_hear_of_every_case_street_staff_of_their_street_only() {
        for (var role : Set.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER, Role.LEADER)) {
            assertThat(sees(staff(1, role, null, null), Set.of())).as(role.name()).isTrue();
            assertThat(sees(staff(1, role, null, STREET), Set.of())).as(role + " of the street").isTrue();
            assertThat(sees(staff(1, role, null, "210231002"), Set.of())).as(role + " of another street").isFalse();
        }
    }

    @Test
    void an_administrator_hears_of_no_case() {
        assertThat(sees(staff(1, Role.ADMIN, null, null), Set.of())).isFalse();
    }

    @Test
    void a_handler_hears_of_cases_their_department_leads_or_assists() {
        assertThat(sees(staff(1, Role.HANDLER, 7L, null), Set.of())).as("lead").isTrue();
        assertThat(sees(staff(1, Role.HANDLER, 8L, null), Set.of())).as("assisting").isTrue();
        assertThat(sees(staff(1, Role.HANDLER, 9L, null), Set.of())).as("another department").isFalse();
        assertThat(sees(staff(1, Role.HANDLER, null, null), Set.of())).as("no department").isFalse();
    }

    @Test
    void an_inspector_hears_of_cases_they_reported_are_assigned_or_that_lie_in_their_area() {
        assertThat(sees(staff(101, Role.INSPECTOR, null, null), Set.of())).as("reporter").isTrue();
        assertThat(sees(staff(102, Role.INSPECTOR, null, null), Set.of())).as("assigned").isTrue();
        assertThat(sees(staff(103, Role.INSPECTOR, null, null), Set.of(GRID))).as("in the area").isTrue();
        assertThat(sees(staff(103, Role.INSPECTOR, null, null), Set.of("210231001002006"))).as("elsewhere").isFalse();
    }
}
