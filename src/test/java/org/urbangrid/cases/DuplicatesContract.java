package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.id;
import static org.urbangrid.cases.CaseFlows.ok;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.Api;

/**
 * 疑似重复 and 合并/拆分: a report of the same class within 50 m and 72 h of an open case is proposed as its
 * duplicate; it merges only into an earlier case, counts nowhere once merged and is a case of its own again once
 * separated.
 */
abstract class DuplicatesContract extends CaseIntegrationTest {

    /** A class no other test reports (道路设施 C0115), so the candidates are only this test's. */
    static final String CONDITION = "C0115-01";
    static final String CLASS = "C0115";
    static final double METERS_PER_DEGREE = 111_320;

    @Autowired
    PublicCases publicCases;

    @Autowired
    org.urbangrid.grid.GridLocator locator;

    private org.urbangrid.grid.LatLng centre;

    /** A unit grid's centre with the district all around it for 100 m (the test's points must all be placed). */
    private org.urbangrid.grid.LatLng centre() {
        if (centre == null) {
            for (var grid : grids.ofLevel(org.urbangrid.grid.GridLevel.UNIT)) {
                var c = grids.centroidOf(grid.code());
                double dLat = 100 / METERS_PER_DEGREE;
                double dLng = 100 / (METERS_PER_DEGREE * Math.cos(Math.toRadians(c.latitude())));
                try {
                    for (var p : new double[][] {{dLat, dLng}, {dLat, -dLng}, {-dLat, dLng}, {-dLat, -dLng}}) {
                        locator.locate(c.latitude() + p[0], c.longitude() + p[1]);
                    }
                    centre = c;
                    break;
                } catch (RuntimeException outside) {
                    // next grid
                }
            }
        }
        return centre;
    }

    private long report(double northMeters, double eastMeters) {
        var centre = centre();
        double lat = centre.latitude() + northMeters / METERS_PER_DEGREE;
        double lng = centre.longitude() + eastMeters / (METERS_PER_DEGREE * Math.cos(Math.toRadians(centre.latitude())));
        var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"PUBLIC\",\"latitude\":%.7f,\"longitude\":%.7f,\"conditionCode\":\"%s\",\"description\":\"人行道板破损\"}",
                lat, lng, CONDITION));
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return id(result);
    }

    private java.util.List<Long> proposed(long caseId) {
        var view = publicCases.byId(caseId).orElseThrow();
        return publicCases.nearbyOpen(CLASS, view.latitude(), view.longitude(), view.reportedAt(), caseId).stream()
                .map(NearbyCase::id).toList();
    }

    @Test
    void a_report_within_the_radius_and_window_is_proposed_and_one_outside_is_not() {
        clock.advance(Duration.ofDays(30)); // away from every other test's cases
        long first = report(0, 0);
        clock.advance(Duration.ofHours(2));
        long near = report(30, 20); // about 36 m
        long far = report(70, 0);   // 70 m
        assertThat(proposed(near)).contains(first);
        assertThat(proposed(far)).doesNotContain(first);
        var distance = publicCases.nearbyOpen(CLASS, publicCases.byId(near).orElseThrow().latitude(),
                publicCases.byId(near).orElseThrow().longitude(), clock.instant(), near).stream()
                .filter(n -> n.id() == first).findFirst().orElseThrow().distanceMeters();
        assertThat(distance).isBetween(33, 39);
        clock.advance(Duration.ofHours(71));
        long late = report(5, 5);
        assertThat(proposed(late)).as("73 hours after the first").doesNotContain(first).contains(near);
        // Another class at the same spot is not a duplicate.
        assertThat(publicCases.nearbyOpen("E0102", publicCases.byId(late).orElseThrow().latitude(),
                publicCases.byId(late).orElseThrow().longitude(), clock.instant(), late)).extracting(NearbyCase::id)
                .doesNotContain(first, near);
    }

    @Test
    void the_later_report_merges_into_the_earlier_counts_nowhere_and_separates_again() {
        clock.advance(Duration.ofDays(60));
        long first = report(0, 0);
        clock.advance(Duration.ofMinutes(30));
        long second = report(10, 10);
        // The earlier one cannot join the later: the first reporter keeps the credit.
        var backwards = flows().move("operator", first, "merge", "{\"mainCaseId\":" + second + "}");
        assertThat(backwards).hasStatus(400);
        assertThat(Api.<String>read(backwards, "$.field")).isEqualTo("mainCaseId");
        var missing = flows().move("operator", second, "merge", "{}");
        assertThat(missing).hasStatus(400);
        assertThat(Api.<String>read(missing, "$.field")).isEqualTo("mainCaseId");
        assertThat(flows().move("operator", second, "merge", "{\"mainCaseId\":999999999}")).hasStatus(400);

        var merged = ok(flows().move("operator", second, "merge", "{\"mainCaseId\":" + first + ",\"comment\":\"同一处\"}"));
        assertThat(Api.<String>read(merged, "$.status")).isEqualTo("MERGED");
        assertThat(publicCases.byId(second).orElseThrow().mergedInto())
                .isEqualTo(publicCases.byId(first).orElseThrow().number());
        assertThat(publicCases.byId(second).orElseThrow().publicStatus()).isEqualTo(PublicStatus.MERGED);
        // Merged: no longer open, so no queue holds it and nothing can be merged into it.
        long third = report(5, 0);
        assertThat(flows().move("operator", third, "merge", "{\"mainCaseId\":" + second + "}")).hasStatus(400);
        assertThat(proposed(third)).contains(first).doesNotContain(second);

        var separated = ok(flows().move("operator", second, "separate", "{\"comment\":\"不是同一处\"}"));
        assertThat(Api.<String>read(separated, "$.status")).isEqualTo("REPORTED");
        assertThat(publicCases.byId(second).orElseThrow().mergedInto()).isNull();
        assertThat(Api.<java.util.List<String>>read(separated, "$.yourMoves")).contains("SEND_TO_VERIFY", "MERGE");
    }

    @Test
    void only_desk_staff_merge_and_an_ended_case_offers_no_merge() {
        clock.advance(Duration.ofDays(90));
        long first = report(0, 0);
        long second = report(1, 1);
        var byLeader = flows().move("leader", second, "merge", "{\"mainCaseId\":" + first + "}");
        assertThat(byLeader).hasStatus(403);
        ok(flows().move("operator", second, "merge", "{\"mainCaseId\":" + first + "}"));
        var again = flows().move("operator", second, "merge", "{\"mainCaseId\":" + first + "}");
        assertThat(again).hasStatus(409);
        assertThat(Api.<java.util.List<String>>read(again, "$.allowedMoves")).contains("SEPARATE").doesNotContain("MERGE");
    }
}
