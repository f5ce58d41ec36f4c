package org.urbangrid.simulation.web;

import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.simulation.SimulationRequest;
import org.urbangrid.simulation.SimulationRuns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Starting and watching a city-month simulation: administrators only, in demo mode only, one run at a time. */
@RestController
@RequestMapping("/api/simulations")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Simulation", description = "城市月度模拟: the demo district driven through a month by the domain's own moves")
class SimulationController {

    private final SimulationRuns runs;
    private final CurrentStaff current;
    private final Clock clock;
    private final PlatformProperties platform;

    SimulationController(SimulationRuns runs, CurrentStaff current, Clock clock, PlatformProperties platform) {
        this.runs = runs;
        this.current = current;
        this.clock = clock;
        this.platform = platform;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a simulation in the background (409 while one runs, or outside demo mode)")
    SimulationRuns.Run start(@Valid @RequestBody(required = false) SimulationRequest request) {
        var asked = request == null ? new SimulationRequest(null, null, null, null, null) : request;
        return runs.start(asked.plan(clock, platform.zone()), current.get().username());
    }

    @GetMapping("/current")
    @Operation(summary = "The running or last run, with its progress and, once done, its summary")
    SimulationRuns.Run current() {
        return runs.current().orElseThrow(() -> UrbanGridException.notFound("error.simulation.none"));
    }
}
