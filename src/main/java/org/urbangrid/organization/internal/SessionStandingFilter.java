package org.urbangrid.organization.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session whose account was deactivated, or whose sessions were ended (password change or reset,
 * revocation, change of role or scope) after it logged in: the request goes on as anonymous and is sent to login.
 */
class SessionStandingFilter extends OncePerRequestFilter {

    private final AccountStanding standing;

    SessionStandingFilter(AccountStanding standing) {
        this.standing = standing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffAccount account) {
            var session = request.getSession(false);
            var at = session == null ? null : session.getAttribute(AccountStanding.AUTHENTICATED_AT);
            if (!standing.sessionValid(account.principal().id(), at instanceof Instant instant ? instant : null)) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
