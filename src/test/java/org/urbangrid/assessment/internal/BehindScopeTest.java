package org.urbangrid.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

/** Who may open the cases behind a figure. */
class BehindScopeTest {

    private static StaffPrincipal staff(long id, Role role, Long department, String street) {
        return new StaffPrincipal(id, "u" + id, "u" + id, role, department, street);
    }

    @Test
    void the_command_centre_opens_every_subjects_figures() {
        for (var role : new Role[] {Role.LEADER, Role.SHIFT_LEADER, Role.DISPATCHER, Role.OPERATOR, Role.ADMIN}) {
            var centre = staff(1, role, null, null);
            assertThat(BehindScope.allows(centre, SubjectKind.DEPARTMENT, "7")).as(role.name()).isTrue();
            assertThat(BehindScope.allows(centre, SubjectKind.INSPECTOR, "42")).as(role.name()).isTrue();
            assertThat(BehindScope.allows(centre, SubjectKind.UNIT_GRID, "210231001001001")).as(role.name()).isTrue();
        }
    }

    @Test
    void a_handler_opens_its_own_department_only() {
        var handler = staff(5, Role.HANDLER, 7L, null);
        assertThat(BehindScope.allows(handler, SubjectKind.DEPARTMENT, "7")).isTrue();
        assertThat(BehindScope.allows(handler, SubjectKind.DEPARTMENT, "8")).isFalse();
        assertThat(BehindScope.allows(handler, SubjectKind.STREET, "210231001")).isFalse();
    }

    @Test
    void street_staff_open_the_regions_of_their_street_only() {
        var street = staff(3, Role.LEADER, null, "210231001");
        assertThat(BehindScope.allows(street, SubjectKind.COMMUNITY, "210231001002")).isTrue();
        assertThat(BehindScope.allows(street, SubjectKind.COMMUNITY, "210231002001")).isFalse();
        assertThat(BehindScope.allows(street, SubjectKind.DEPARTMENT, "7")).isFalse();
    }

    @Test
    void every_person_opens_their_own_figures_and_an_inspector_no_one_elses() {
        var inspector = staff(42, Role.INSPECTOR, null, null);
        assertThat(BehindScope.allows(inspector, SubjectKind.INSPECTOR, "42")).isTrue();
        assertThat(BehindScope.allows(inspector, SubjectKind.INSPECTOR, "43")).isFalse();
        assertThat(BehindScope.allows(inspector, SubjectKind.UNIT_GRID, "210231001001001")).isFalse();
        assertThat(BehindScope.allows(staff(9, Role.HANDLER, 7L, null), SubjectKind.DISPATCHER, "9")).isTrue();
    }

    @Test
    void a_list_of_a_kind_is_refused_to_whoever_may_open_none_of_it() {
        assertThat(BehindScope.allowsKind(staff(42, Role.INSPECTOR, null, null), SubjectKind.INSPECTOR)).isTrue();
        assertThat(BehindScope.allowsKind(staff(42, Role.INSPECTOR, null, null), SubjectKind.DEPARTMENT)).isFalse();
        assertThat(BehindScope.allowsKind(staff(5, Role.HANDLER, 7L, null), SubjectKind.DEPARTMENT)).isTrue();
        assertThat(BehindScope.allowsKind(staff(5, Role.HANDLER, 7L, null), SubjectKind.INSPECTOR)).isFalse();
        assertThat(BehindScope.allowsKind(staff(3, Role.LEADER, null, "210231001"), SubjectKind.STREET)).isTrue();
        assertThat(BehindScope.allowsKind(staff(3, Role.LEADER, null, "210231001"), SubjectKind.DEPARTMENT)).isFalse();
        assertThat(BehindScope.allowsKind(staff(1, Role.DISPATCHER, null, null), SubjectKind.DEPARTMENT)).isTrue();
    }

    @Test
    void the_cases_of_a_chief_or_keeper_are_the_centres_and_their_own() {
        var chief = BehindScope.placeKey(SubjectKind.CHIEF, "chief:12");
        for (var role : new Role[] {Role.LEADER, Role.SHIFT_LEADER, Role.DISPATCHER, Role.OPERATOR, Role.ADMIN}) {
            var centre = staff(1, role, null, null);
            assertThat(BehindScope.allows(centre, SubjectKind.CHIEF, "chief:12")).as(role.name()).isTrue();
            assertThat(BehindScope.allows(centre, SubjectKind.SEGMENT, "segment:4")).as(role.name()).isTrue();
            assertThat(BehindScope.allows(centre, SubjectKind.GRID_KEEPER, "keeper:7")).as(role.name()).isTrue();
            assertThat(BehindScope.allowsKind(centre, SubjectKind.CHIEF)).as(role.name()).isTrue();
        }
        // street staff: not the chiefs' (a segment may run through several streets), but their own
        var street = staff(3, Role.LEADER, null, "210231001");
        assertThat(BehindScope.allows(street, SubjectKind.CHIEF, "chief:12")).isFalse();
        assertThat(BehindScope.allows(street, SubjectKind.CHIEF, "chief:12", java.util.Set.of(chief))).isTrue();
        // a chief who is a handler or an inspector: their own chief's figures, not another's, not their segment's
        var handler = staff(5, Role.HANDLER, 7L, null);
        assertThat(BehindScope.allows(handler, SubjectKind.CHIEF, "chief:12", java.util.Set.of(chief))).isTrue();
        assertThat(BehindScope.allows(handler, SubjectKind.CHIEF, "chief:13", java.util.Set.of(chief))).isFalse();
        assertThat(BehindScope.allows(handler, SubjectKind.GRID_KEEPER, "chief:12", java.util.Set.of(chief))).isFalse();
        assertThat(BehindScope.allows(handler, SubjectKind.SEGMENT, "segment:4", java.util.Set.of(chief))).isFalse();
        assertThat(BehindScope.allowsKind(handler, SubjectKind.CHIEF, java.util.Set.of(chief))).isTrue();
        assertThat(BehindScope.allowsKind(handler, SubjectKind.GRID_KEEPER, java.util.Set.of(chief))).isFalse();
        var inspector = staff(42, Role.INSPECTOR, null, null);
        assertThat(BehindScope.allows(inspector, SubjectKind.CHIEF, "chief:12")).isFalse();
        assertThat(BehindScope.allowsKind(inspector, SubjectKind.CHIEF)).isFalse();
        // a staff id is no chief's key
        assertThat(BehindScope.allows(staff(12, Role.INSPECTOR, null, null), SubjectKind.CHIEF, "12")).isFalse();
    }
}
