package org.urbangrid.assessment.internal.inputs.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.assessment.internal.inputs.ThirdPartyReview;
import org.urbangrid.assessment.internal.inputs.ThirdPartyReviews;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/assessment/third-party")
@Tag(name = "Third-party review", description = "第三方评估: results twice a year per department, street or community")
class ThirdPartyApi {

    private final ThirdPartyReviews reviews;
    private final CurrentStaff current;

    ThirdPartyApi(ThirdPartyReviews reviews, CurrentStaff current) {
        this.reviews = reviews;
        this.current = current;
    }

    @GetMapping
    @Operation(summary = "Every result of a year (administrators and leaders)")
    List<ThirdPartyReview> ofYear(@RequestParam int year) {
        current.require(Role.ADMIN, Role.LEADER);
        return reviews.ofYear(year);
    }

    @PostMapping
    @Operation(summary = "Record a half year's result (administrators and leaders); the same unit and half again replaces it")
    ThirdPartyReview record(@RequestBody ThirdPartyReview.Draft draft) {
        var who = current.require(Role.ADMIN, Role.LEADER);
        return reviews.record(who, draft);
    }
}
