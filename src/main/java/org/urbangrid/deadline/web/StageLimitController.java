package org.urbangrid.deadline.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.TimeLimit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/stage-limits")
@Tag(name = "Stage limits", description = "各阶段时限: default limits of the centre's stages")
class StageLimitController {

    private final StageLimits limits;

    StageLimitController(StageLimits limits) {
        this.limits = limits;
    }

    record StageLimitView(@NotNull Stage stage, @Min(1) int amount, @NotNull LimitUnit unit) {}

    @GetMapping
    @Operation(summary = "Default limit of every centre stage (handling limits come from filing conditions)")
    List<StageLimitView> all() {
        var all = limits.all();
        return Arrays.stream(Stage.values()).filter(all::containsKey)
                .map(stage -> new StageLimitView(stage, all.get(stage).amount(), all.get(stage).unit()))
                .toList();
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change the limits of the listed stages; the others keep theirs",
            description = "Bounds per unit: 60 WORK_DAYS, 720 WORK_HOURS, 43200 WORK_MINUTES, 8760 NATURAL_HOURS, 525600 NATURAL_MINUTES")
    List<StageLimitView> change(@Valid @RequestBody @NotEmpty @Size(max = 20) List<@Valid StageLimitView> changes) {
        var map = new LinkedHashMap<Stage, TimeLimit>();
        changes.forEach(change -> map.put(change.stage(), new TimeLimit(change.amount(), change.unit())));
        limits.change(map);
        return all();
    }
}
