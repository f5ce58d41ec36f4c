package org.urbangrid.dispatch.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Location;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** "Which department would get this?" — the routing tester for any staff member. */
@RestController
@Tag(name = "Routing rules")
class RoutingSuggestController {

    private final RoutingPolicy policy;
    private final Organization organization;
    private final ObjectProvider<GridLocator> locator;
    private final MessageSource messages;

    RoutingSuggestController(RoutingPolicy policy, Organization organization, ObjectProvider<GridLocator> locator,
            MessageSource messages) {
        this.policy = policy;
        this.organization = organization;
        this.locator = locator;
        this.messages = messages;
    }

    /** The answer; {@code matched=false} with a reason when no rule applies (not an error). */
    record Suggestion(boolean matched, Long departmentId, String departmentCode, String departmentName, Long ruleId,
            String reason, String unitGridCode, String communityCode, String streetCode, String frontageUnit) {}

    @GetMapping("/api/routing/suggest")
    @Operation(summary = "Which lead department routing would choose for a class/condition at a place or component")
    Suggestion suggest(@RequestParam(required = false) @Pattern(regexp = "[CE]\\d{4}") String classCode,
            @RequestParam(required = false) @Pattern(regexp = "[CE]\\d{4}-\\d{2}") String conditionCode,
            @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") Double lat,
            @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") Double lng,
            @RequestParam(required = false) @Pattern(regexp = "\\d{15}") String unitGridCode,
            @RequestParam(required = false) @Pattern(regexp = "\\d{16}") String componentCode) {
        var grid = unitGrid(lat, lng, unitGridCode);
        var query = new RoutingQuery(classCode, conditionCode, grid, prefix(grid, 12), prefix(grid, 9), componentCode,
                lat, lng);
        return policy.suggest(query)
                .map(s -> new Suggestion(true, s.departmentId(), departmentCode(s.departmentId()), s.departmentName(),
                        s.ruleId(), s.reason(), grid, prefix(grid, 12), prefix(grid, 9), s.frontageUnit()))
                .orElseGet(() -> new Suggestion(false, null, null, null, null, noMatch(), grid, prefix(grid, 12),
                        prefix(grid, 9), null));
    }

    private String unitGrid(Double lat, Double lng, String unitGridCode) {
        if ((lat == null) != (lng == null)) {
            throw UrbanGridException.invalid("error.routing.lat-lng-pair");
        }
        if (lat == null) {
            return unitGridCode;
        }
        if (unitGridCode != null) {
            throw UrbanGridException.invalid("error.routing.one-location");
        }
        var gridLocator = locator.getIfUnique();
        if (gridLocator == null) {
            throw new UrbanGridException(HttpStatus.SERVICE_UNAVAILABLE, "error.routing.locator-unavailable");
        }
        Location location = gridLocator.locate(lat, lng);
        return location.unitGridCode();
    }

    private String departmentCode(long id) {
        return organization.department(id).map(d -> d.code()).orElse(null);
    }

    private String noMatch() {
        return messages.getMessage("routing.no-match", null, LocaleContextHolder.getLocale());
    }

    private static String prefix(String code, int length) {
        return code == null ? null : code.substring(0, length);
    }
}
