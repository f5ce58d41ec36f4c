package org.urbangrid.console.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

/** Which open screen is told to read again: the whole centre always, a street's staff for their street only. */
class ScreenSignalsScopeTest {

    private static final String STREET = "210231001";

    private static StaffPrincipal staff(Role role, String street) {
        return new StaffPrincipal(1, "u", "u", role, null, street);
    }

    @Test
    void centre_wide_screens_hear_of_every_street() {
        for (var role : Set.of(Role.LEADER, Role.SHIFT_LEADER, Role.DISPATCHER, Role.ADMIN)) {
            assertThat(ScreenSignals.hears(staff(role, null), Set.of("210231002"))).as(role.name()).isTrue();
        }
    }

    @Test
    void a_street_screen_hears_of_its_own_street_and_of_changes_whose_street_is_unknown() {
        var leader = staff(Role.LEADER, STREET);
        assertThat(ScreenSignals.hears(leader, Set.of(STREET))).isTrue();
        assertThat(ScreenSignals.hears(leader, Set.of("210231002", STREET))).isTrue();
        assertThat(ScreenSignals.hears(leader, Set.of("210231002"))).isFalse();
        assertThat(ScreenSignals.hears(leader, Set.of(ScreenSignals.ANY))).isTrue();
    }
}
