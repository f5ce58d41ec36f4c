package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;

/** Keyset paging, capped counts and the unit-grid filter of queues and search, over HTTP. */
abstract class CasePagingContract extends CaseIntegrationTest {

    @Test
    void walking_a_queue_by_cursor_meets_every_case_once_in_deadline_order_clockless_ones_last() {
        var reported = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            reported.add(flows().hotlineReport());
        }
        // Two cases without a clock: they come after every case with one.
        jdbc.sql("update cases set stage = null, stage_started_at = null, stage_limit_amount = null, "
                + "stage_limit_unit = null, due_at = null, warn_at = null where id in (:ids)")
                .param("ids", reported.subList(0, 2)).update();
        var byCursor = walk("operator", "/api/cases/my-tasks?size=3");
        var byOffset = new ArrayList<Long>();
        for (int page = 0; byOffset.size() < byCursor.size() + 3; page++) {
            List<Integer> ids = Api.read(api.get("operator", "/api/cases/my-tasks?size=3&page=" + page), "$.items[*].id");
            if (ids.isEmpty()) {
                break;
            }
            ids.forEach(id -> byOffset.add(id.longValue()));
        }
        assertThat(byCursor).doesNotHaveDuplicates().containsAll(reported).isEqualTo(byOffset);
        assertThat(byCursor.subList(byCursor.size() - 2, byCursor.size())).containsExactlyInAnyOrderElementsOf(
                reported.subList(0, 2));
    }

    @org.springframework.beans.factory.annotation.Autowired
    CaseStatistics statistics;

    @org.springframework.beans.factory.annotation.Autowired
    org.urbangrid.organization.Organization organization;

    @Test
    void the_overviews_one_scan_counts_what_the_two_grouped_counts_count() {
        var reported = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            reported.add(flows().hotlineReport());
        }
        // one without a clock: counted by status, not by light; then days later every running clock is red
        jdbc.sql("update cases set stage = null, stage_started_at = null, stage_limit_amount = null, "
                + "stage_limit_unit = null, due_at = null, warn_at = null where id = ?").param(reported.get(0)).update();
        clock.advance(java.time.Duration.ofDays(3));
        var staff = org.urbangrid.organization.StaffPrincipal.of(organization.staffByUsername("leader").orElseThrow());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null, List.of()));
        try {
            var both = statistics.openCounts();
            assertThat(both.byStatus()).isEqualTo(statistics.openCountsByStatus()).isNotEmpty();
            assertThat(both.byLight()).isEqualTo(statistics.openCountsByLight())
                    .containsKey(org.urbangrid.deadline.Light.RED);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_overviews_counts_follow_every_change_at_once_and_time_within_seconds() {
        flows().hotlineReport();
        var staff = org.urbangrid.organization.StaffPrincipal.of(organization.staffByUsername("leader").orElseThrow());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null, List.of()));
        try {
            var before = statistics.openCounts();
            long reported = before.byStatus().getOrDefault(CaseStatus.REPORTED, 0L);
            // a case made through the platform is counted by the very next overview
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            long id = flows().hotlineReport();
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(staff, null, List.of()));
            assertThat(statistics.openCounts().byStatus().get(CaseStatus.REPORTED)).isEqualTo(reported + 1);
            // a change behind the platform's back (another node, a repair) is seen once the snapshot has aged
            jdbc.sql("update cases set status = 'CANCELLED' where id = ?").param(id).update();
            assertThat(statistics.openCounts().byStatus().get(CaseStatus.REPORTED)).isEqualTo(reported + 1);
            clock.advance(java.time.Duration.ofSeconds(6));
            assertThat(statistics.openCounts().byStatus().getOrDefault(CaseStatus.REPORTED, 0L)).isEqualTo(reported);
            assertThat(statistics.openCounts().byStatus()).isEqualTo(statistics.openCountsByStatus());
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void walking_a_search_by_cursor_gives_the_same_cases_as_counting_pages() {
        for (int i = 0; i < 5; i++) {
            flows().hotlineReport();
        }
        var byCursor = walk("leader", "/api/cases?source=HOTLINE_12345&size=4");
        var first = api.get("leader", "/api/cases?source=HOTLINE_12345&size=200");
        List<Integer> all = Api.read(first, "$.items[*].id");
        assertThat(byCursor).isEqualTo(all.stream().map(Integer::longValue).toList());
        assertThat((Integer) Api.read(first, "$.total")).isEqualTo(all.size());
        assertThat((Boolean) Api.read(first, "$.totalCapped")).isFalse();
    }

    @Test
    void a_count_stops_at_the_cap_and_says_so() {
        long template = flows().hotlineReport();
        var columns = "version, source, status, description, latitude, longitude, unit_grid_code, community_code, "
                + "street_code, reporter_id, class_code, reported_at, updated_at";
        var cases = jdbc;
        try {
            cases.sql("insert into cases (case_number, " + columns + ") select 'CAP-0-' || id, version, source, 'CLOSED', "
                    + "description, latitude, longitude, unit_grid_code, community_code, street_code, reporter_id, 'ZZCAP', "
                    + "reported_at, updated_at from cases where id = :id").param("id", template).update();
            for (int step = 1; step <= 11; step++) { // doubling: 2^11 = 2,048 rows, past the cap
                cases.sql("insert into cases (case_number, " + columns + ") select 'CAP-" + step + "-' || id, " + columns
                        + " from cases where class_code = 'ZZCAP'").update();
            }
            var page = api.get("leader", "/api/cases?classCode=ZZCAP&size=5");
            assertThat(page).hasStatusOk();
            assertThat((Integer) Api.read(page, "$.total")).isEqualTo(CasePage.COUNT_CAP);
            assertThat((Boolean) Api.read(page, "$.totalCapped")).isTrue();
            assertThat(next(page)).isNotBlank();
        } finally {
            cases.sql("delete from cases where class_code = 'ZZCAP'").update();
        }
    }

    @Test
    void a_departments_count_takes_its_led_and_assisted_cases_once_each() {
        long template = flows().hotlineReport();
        long mine = jdbc.sql("select department_id from staff where username = 'handler'").query(Long.class).single();
        long other = jdbc.sql("select min(id) from department where id <> ?").param(mine).query(Long.class).single();
        var columns = "version, source, status, description, latitude, longitude, unit_grid_code, community_code, "
                + "street_code, reporter_id, class_code, reported_at, updated_at";
        try {
            // led: 4 (one of them also assisting itself), assisted only: 2, neither: 2 — the handler sees 6.
            for (int i = 0; i < 8; i++) {
                jdbc.sql("insert into cases (case_number, lead_department_id, " + columns + ") select 'DEPT-" + i
                        + "-' || id, ?, version, source, 'DISPATCHED', description, latitude, longitude, unit_grid_code, "
                        + "community_code, street_code, reporter_id, 'ZZDEPT', reported_at, updated_at from cases where id = ?")
                        .params(i < 4 ? mine : other, template).update();
            }
            List<Long> ids = jdbc.sql("select id from cases where class_code = 'ZZDEPT' order by id").query(Long.class).list();
            for (var assisted : List.of(ids.get(0), ids.get(4), ids.get(5))) {
                jdbc.sql("insert into case_assist (case_id, department_id) values (?, ?)").params(assisted, mine).update();
            }
            var page = api.get("handler", "/api/cases?classCode=ZZDEPT&size=1");
            assertThat(page).hasStatusOk();
            assertThat((Integer) Api.read(page, "$.total")).isEqualTo(6);
            assertThat((Boolean) Api.read(page, "$.totalCapped")).isFalse();
            assertThat(walk("handler", "/api/cases?classCode=ZZDEPT&size=1")).hasSize(6).doesNotHaveDuplicates();
        } finally {
            jdbc.sql("delete from case_assist where case_id in (select id from cases where class_code = 'ZZDEPT')").update();
            jdbc.sql("delete from cases where class_code = 'ZZDEPT'").update();
        }
    }

    @Test
    void a_broken_cursor_is_refused_naming_the_parameter() {
        var result = api.get("operator", "/api/cases/my-tasks?after=not-a-cursor");
        assertThat(result).hasStatus(400);
        assertThat((String) Api.read(result, "$.code")).isEqualTo("error.case.cursor");
        assertThat(Api.body(result)).contains("after");
        var searchCursor = next(api.get("leader", "/api/cases?size=1"));
        assertThat(api.get("operator", "/api/cases/my-tasks?after=" + searchCursor)).hasStatus(400);
    }

    @Test
    void the_unit_grid_filter_lists_exactly_that_grids_cases() {
        long id = flows().hotlineReport();
        var result = api.get("leader", "/api/cases?grid=" + CaseFlows.INSPECTOR_GRID + "&size=200");
        assertThat(result).hasStatusOk();
        List<Integer> ids = Api.read(result, "$.items[*].id");
        List<String> grids = Api.read(result, "$.items[*].unitGridCode");
        assertThat(ids).contains((int) id);
        assertThat(grids).containsOnly(CaseFlows.INSPECTOR_GRID);
    }

    private static String next(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        List<String> next = Api.read(result, "$[?(@.next)].next");
        return next.isEmpty() ? null : next.get(0);
    }

    private List<Long> walk(String user, String uri) {
        var ids = new ArrayList<Long>();
        String after = null;
        for (int pages = 0; pages < 10_000; pages++) {
            var result = api.get(user, uri + (after == null ? "" : "&after=" + after));
            assertThat(result).hasStatusOk();
            List<Integer> page = Api.read(result, "$.items[*].id");
            page.forEach(id -> ids.add(id.longValue()));
            after = next(result);
            if (after == null) {
                return ids;
            }
        }
        throw new AssertionError("the cursor never ended");
    }
}
