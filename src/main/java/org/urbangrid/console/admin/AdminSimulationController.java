package org.urbangrid.console.admin;

import java.time.Clock;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.simulation.CitySimulator;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.simulation.SimulationRequest;
import org.urbangrid.simulation.SimulationRuns;

/**
 * 城市月度模拟 in demo mode: a month, a volume and a seed; the run goes on in the background and the page follows
 * its progress (htmx polling the status fragment) until the summary shows.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminSimulationController {

    private final CitySimulator simulator;
    private final SimulationRuns runs;
    private final CurrentStaff current;
    private final Clock clock;
    private final PlatformProperties platform;
    private final Refusals refusals;

    AdminSimulationController(CitySimulator simulator, SimulationRuns runs, CurrentStaff current, Clock clock,
            PlatformProperties platform, Refusals refusals) {
        this.simulator = simulator;
        this.runs = runs;
        this.current = current;
        this.clock = clock;
        this.platform = platform;
        this.refusals = refusals;
    }

    @GetMapping("/admin/simulation")
    String page(Model model) {
        model.addAttribute("available", simulator.available());
        if (!model.containsAttribute("month")) {
            model.addAttribute("month", YearMonth.now(clock.withZone(platform.zone())).minusMonths(1).toString());
        }
        model.addAttribute("defaultCases", SimulationPlan.DEFAULT_CASES);
        model.addAttribute("maxCases", SimulationPlan.MAX_CASES);
        showRun(model);
        return "admin/simulation";
    }

    /** The run's panel alone, for the page's polling. */
    @GetMapping("/admin/simulation/status")
    String status(Model model) {
        showRun(model);
        return "admin/simulation :: status";
    }

    private void showRun(Model model) {
        model.addAttribute("run", runs.current().orElse(null));
        model.addAttribute("zone", platform.zone());
    }

    @PostMapping("/admin/simulation")
    String start(@RequestParam(required = false) String month, @RequestParam(required = false) Integer cases,
            @RequestParam(required = false) Long seed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            var run = runs.start(new SimulationRequest(month, null, null, cases, seed).plan(clock, platform.zone()),
                    current.get().username());
            redirect.addFlashAttribute("flash", refusals.message("simulation.started", run.number(), run.plan().seed()));
            return "redirect:/admin/simulation";
        } catch (UrbanGridException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e));
            model.addAttribute("month", month);
            return page(model);
        }
    }
}
