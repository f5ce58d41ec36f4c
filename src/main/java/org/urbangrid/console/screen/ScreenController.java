package org.urbangrid.console.screen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.PlatformProperties;

/**
 * 指挥大屏: the command centre's wall display — the page, its data as JSON, the league table as a fragment and the
 * stream that says when to read again. For the centre's watching roles; it shows no citizen's personal data.
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'SHIFT_LEADER', 'DISPATCHER', 'ADMIN')")
class ScreenController {

    private final ScreenData data;
    private final ScreenLeague league;
    private final ScreenSignals signals;
    private final CurrentStaff current;
    private final Clock clock;
    private final ZoneId zone;

    ScreenController(ScreenData data, ScreenLeague league, ScreenSignals signals, CurrentStaff current,
            Clock clock, PlatformProperties platform) {
        this.data = data;
        this.league = league;
        this.signals = signals;
        this.current = current;
        this.clock = clock;
        this.zone = platform.zone();
    }

    @GetMapping("/console/screen")
    String page(Model model) {
        model.addAttribute("league", league.of(today()));
        model.addAttribute("zone", zone.getId());
        return "screen/screen";
    }

    @GetMapping(path = "/console/screen/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ScreenData.Screen data() {
        return data.read();
    }

    /** 部门考核排名 of the current month, as the page's table (htmx swaps it in after a change). */
    @GetMapping("/console/screen/league")
    String league(Model model) {
        model.addAttribute("league", league.of(today()));
        return "screen/screen :: league";
    }

    @GetMapping(path = "/console/screen/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events() {
        return signals.open(current.get());
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
