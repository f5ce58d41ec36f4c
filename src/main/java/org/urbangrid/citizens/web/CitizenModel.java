package org.urbangrid.citizens.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every citizen page knows: the city's time zone, for dates shown. */
@ControllerAdvice(assignableTypes = CitizenPages.class)
class CitizenModel {

    private final Clock clock;

    CitizenModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
