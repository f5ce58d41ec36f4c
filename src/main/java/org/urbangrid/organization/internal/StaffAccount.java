package org.urbangrid.organization.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.urbangrid.organization.StaffPrincipal;

/** A staff member as Spring Security's form login sees them. */
public record StaffAccount(StaffPrincipal principal, String passwordHash)
        implements UserDetails, org.urbangrid.audit.AuditActor {

    @Override
    public long auditActorId() {
        return principal.id();
    }

    @Override
    public String auditActorName() {
        return principal.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(principal.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }
}
