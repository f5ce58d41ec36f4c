package org.urbangrid.organization;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.organization.internal.StaffAccount;
import org.urbangrid.platform.UrbanGridException;

/** Who is acting now, from the security context. */
@Component
public class CurrentStaff {

    private final Organization organization;

    CurrentStaff(Organization organization) {
        this.organization = organization;
    }

    /** The acting staff member; 401-style refusal when nobody is authenticated. */
    public StaffPrincipal get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new UrbanGridException(org.springframework.http.HttpStatus.UNAUTHORIZED, "error.unauthenticated");
        }
        var principal = authentication.getPrincipal();
        if (principal instanceof StaffPrincipal staff) {
            return staff;
        }
        if (principal instanceof StaffAccount account) {
            return account.principal();
        }
        return organization.staffByUsername(authentication.getName())
                .map(StaffPrincipal::of)
                .orElseThrow(() -> new UrbanGridException(org.springframework.http.HttpStatus.UNAUTHORIZED,
                        "error.unauthenticated"));
    }

    /** The person signed in, if anyone is (a page open to everyone shows its header either way). */
    public java.util.Optional<StaffPrincipal> signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(get());
    }

    /** Refuses unless the acting person has one of the roles. */
    public StaffPrincipal require(Role... roles) {
        var staff = get();
        for (var role : roles) {
            if (staff.role() == role) {
                return staff;
            }
        }
        throw UrbanGridException.forbidden("error.role-required", java.util.Arrays.toString(roles));
    }
}
