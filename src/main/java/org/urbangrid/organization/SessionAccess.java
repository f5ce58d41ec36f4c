package org.urbangrid.organization;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.urbangrid.organization.internal.AccountStanding;

/** For browser pages that end a person's other sessions (password change) but keep the one in use. */
@Component
public class SessionAccess {

    private final Clock clock;

    SessionAccess(Clock clock) {
        this.clock = clock;
    }

    /** Marks this browser session as logged in now, so a change that ended earlier sessions spares it. */
    public void keepThisSession(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(AccountStanding.AUTHENTICATED_AT, clock.instant());
        }
    }
}
