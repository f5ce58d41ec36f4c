package org.urbangrid.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;

/**
 * No timing oracle: an unknown (or inactive) username costs the same one bcrypt comparison as a wrong password,
 * on {@code POST /api/auth/token} and on the form login.
 */
class SameWorkForUnknownUsersTest {

    private final PasswordEncoder encoder = mock(PasswordEncoder.class);
    private final OrganizationStore store = mock(OrganizationStore.class);

    SameWorkForUnknownUsersTest() {
        when(encoder.encode(any())).thenReturn("{bcrypt}dummy");
        when(store.passwordHash("known")).thenReturn(Optional.of("{bcrypt}real"));
        when(store.passwordHash("ghost")).thenReturn(Optional.empty());
        when(store.staffByUsername("known")).thenReturn(Optional.of(
                new StaffMember(1, "known", "K", Role.OPERATOR, null, null, null, true)));
        when(store.staffByUsername("sleeper")).thenReturn(Optional.of(
                new StaffMember(2, "sleeper", "S", Role.OPERATOR, null, null, null, false)));
    }

    @Test
    void the_token_endpoint_compares_a_password_for_unknown_users_too() {
        var tokens = new Tokens(mock(JdbcClient.class), store, encoder, Clock.systemUTC(), mock(LoginThrottle.class));
        assertThat(tokens.issue("ghost", "pw", "127.0.0.1")).isEmpty();
        verify(encoder, times(1)).matches("pw", "{bcrypt}dummy");
        assertThat(tokens.issue("known", "pw", "127.0.0.1")).isEmpty();
        verify(encoder, times(1)).matches("pw", "{bcrypt}real");
    }

    @Test
    void the_form_login_compares_a_password_for_unknown_and_inactive_users_too() {
        var details = new SecurityConfiguration(new org.urbangrid.organization.PublicDoors(org.urbangrid.platform.MapBaseLayerProperties.none())).userDetailsService(store);
        var provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        for (var name : new String[] {"ghost", "sleeper", "known"}) {
            try {
                provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "pw"));
            } catch (BadCredentialsException expected) {
                // all three are refused the same way
            }
        }
        // unknown and inactive: the provider's dummy hash; known: the real one — three comparisons in all
        verify(encoder, times(3)).matches(eq("pw"), anyString());
    }
}
