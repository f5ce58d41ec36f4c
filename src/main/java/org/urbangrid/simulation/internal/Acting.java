package org.urbangrid.simulation.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.urbangrid.organization.StaffPrincipal;

/**
 * Acts as a staff member on this thread, as an authenticated request would: the domain checks that person's role
 * and scope exactly as for anyone else. The thread's previous security context comes back afterwards.
 */
final class Acting {

    private Acting() {}

    static <T> T as(StaffPrincipal staff, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                List.of(new SimpleGrantedAuthority(staff.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
