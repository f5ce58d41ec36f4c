package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.assessment.ExternalScores;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SpotCheckFlags;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.inputs.SpotCheck;
import org.urbangrid.assessment.internal.inputs.SpotChecks;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.support.IntegrationTest;

/**
 * SPOT_CHECK scores and the three-in-a-row flag, over draws of 2026-01 … 2026-05 in one community of 七贤岭 (no
 * other test draws there in those months): one grid a month, 5 problems (score 50, a fail) in Feb, Mar and Apr,
 * none in May.
 */
abstract class SpotCheckScoresContract extends IntegrationTest {

    static final String COMMUNITY = "210231004003";
    static final String STREET = "210231004";

    @Autowired
    SpotChecks checks;

    @Autowired
    SpotCheckFlags flags;

    @Autowired
    PhotoStore photos;

    @Autowired
    Organization organization;

    @Autowired
    Grids grids;

    @Autowired
    java.util.List<ExternalScores> inputs;

    ExternalScores spotCheck() {
        return inputs.stream().filter(i -> i.input().equals("SPOT_CHECK")).findFirst().orElseThrow();
    }

    synchronized void load() {
        if (checks.ofMonth(java.time.YearMonth.of(2026, 2)).stream().anyMatch(d -> d.areaCode().equals(COMMUNITY))) {
            return;
        }
        var admin = StaffPrincipal.of(organization.staffByUsername("admin").orElseThrow());
        int[] problems = {-1, 5, 5, 5, 0};
        for (int m = 0; m < problems.length; m++) {
            var draw = checks.draw(admin, new SpotCheck.Request("2026-0" + (m + 1), COMMUNITY, 1, 100L + m));
            if (problems[m] < 0) {
                continue; // January drawn but never completed: it scores nothing
            }
            var grid = draw.grids().get(0).unitGridCode();
            var inspector = StaffPrincipal.of(organization.inspectorsCovering(grid).get(0));
            var at = grids.centroidOf(grid);
            for (int p = 0; p < problems[m]; p++) {
                var photo = photos.store(TestImages.png(), inspector.id());
                checks.record(inspector, draw.id(), grid, new SpotCheck.FindingDraft("E0102", null, "暴露垃圾 " + p,
                        at.latitude(), at.longitude(), photo.id()));
            }
            checks.complete(inspector, draw.id(), grid);
        }
    }

    @Test
    void a_completed_grid_scores_100_less_10_a_problem_for_its_grid_community_street_and_district() {
        load();
        var feb = Period.parse("2026-02");
        assertThat(spotCheck().scores(SubjectKind.COMMUNITY, feb)).containsEntry(COMMUNITY, 50.0);
        assertThat(spotCheck().scores(SubjectKind.STREET, feb)).containsEntry(STREET, 50.0);
        assertThat(spotCheck().scores(SubjectKind.UNIT_GRID, feb)).hasSize(1).containsValue(50.0);
        assertThat(spotCheck().scores(SubjectKind.COMMUNITY, Period.parse("2026-05"))).containsEntry(COMMUNITY, 100.0);
        // a quarter takes every completed grid of its months: (50 + 50 + 50) / 3 in Q1 (January never completed)
        assertThat(spotCheck().scores(SubjectKind.COMMUNITY, Period.parse("2026-Q1"))).containsEntry(COMMUNITY, 50.0);
        // April and May: (50 + 100) / 2
        assertThat(spotCheck().scores(SubjectKind.COMMUNITY, Period.parse("2026-04-01..2026-05-31")))
                .containsEntry(COMMUNITY, 75.0);
        assertThat(spotCheck().scores(SubjectKind.COMMUNITY, Period.parse("2026-01"))).doesNotContainKey(COMMUNITY);
    }

    @Test
    void the_problems_answer_to_the_street_office_and_other_departments_score_full_marks() {
        load();
        Map<String, Double> departments = spotCheck().scores(SubjectKind.DEPARTMENT, Period.parse("2026-03"));
        var office = Long.toString(organization.departmentByCode("JD-QXL").orElseThrow().id());
        var sanitation = Long.toString(organization.departmentByCode("HW").orElseThrow().id());
        var centre = Long.toString(organization.departmentByCode("JDZX").orElseThrow().id());
        assertThat(departments).containsEntry(office, 50.0).containsEntry(sanitation, 100.0).doesNotContainKey(centre);
        assertThat(spotCheck().scores(SubjectKind.INSPECTOR, Period.parse("2026-03"))).isEmpty();
    }

    @Test
    void three_failed_months_in_a_row_flag_the_unit_and_a_passed_month_ends_the_run() {
        load();
        assertThat(flags.failedThreeInARow(SubjectKind.COMMUNITY, COMMUNITY, Period.parse("2026-04"))).isTrue();
        assertThat(flags.failedThreeInARow(SubjectKind.STREET, STREET, Period.parse("2026-04"))).isTrue();
        assertThat(flags.failedThreeInARow(SubjectKind.COMMUNITY, Period.parse("2026-04"))).contains(COMMUNITY);
        // March: February and March failed, January had no completed check
        assertThat(flags.failedThreeInARow(SubjectKind.COMMUNITY, COMMUNITY, Period.parse("2026-03"))).isFalse();
        // May passed
        assertThat(flags.failedThreeInARow(SubjectKind.COMMUNITY, COMMUNITY, Period.parse("2026-05"))).isFalse();
        var office = Long.toString(organization.departmentByCode("JD-QXL").orElseThrow().id());
        assertThat(flags.failedThreeInARow(SubjectKind.DEPARTMENT, office, Period.parse("2026-04"))).isTrue();
    }

    @Test
    void the_flags_are_in_the_api_for_drawers_only() {
        load();
        var result = api.get("leader", "/api/assessment/spot-checks/flags?kind=COMMUNITY&period=2026-04");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.flag").isEqualTo(SpotCheckFlags.FLAG);
        assertThat(result).bodyJson().extractingPath("$.subjects").asArray().contains(COMMUNITY);
        assertThat(api.get("handler", "/api/assessment/spot-checks/flags?kind=COMMUNITY&period=2026-04")).hasStatus(403);
        var bad = api.get("leader", "/api/assessment/spot-checks/flags?kind=COMMUNITY&period=soon");
        assertThat(bad).hasStatus(400);
        assertThat(bad).bodyJson().extractingPath("$.field").isEqualTo("period");
    }
}
