package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.support.Api;

/** Refusals, scopes, input checks, idempotency and concurrency of the case API. */
abstract class CaseRulesContract extends CaseIntegrationTest {

    private long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    @Test
    void illegal_move_is_409_naming_the_state_and_the_moves_allowed_now() {
        long id = flows().reportedByInspector();
        var result = flows().move("shiftleader", id, "close", null);
        assertThat(result).hasStatus(409);
        assertThat(Api.<String>read(result, "$.currentStatus")).isEqualTo("REPORTED");
        assertThat(Api.<List<String>>read(result, "$.allowedMoves")).contains("ACCEPT", "SEND_TO_VERIFY");
        assertThat(Api.<String>read(result, "$.detail")).contains("待受理", "结案");
    }

    @Test
    void wrong_role_is_403_and_changes_nothing() {
        long id = flows().reportedByInspector();
        assertThat(flows().move("dispatcher", id, "accept", null)).hasStatus(403);
        assertThat(flows().move("admin", id, "accept", null)).hasStatus(403);
        assertThat(flows().status(id)).isEqualTo("REPORTED");
        assertThat(Api.<List<?>>read(api.get("leader", "/api/cases/{id}", id), "$.history")).hasSize(1);
    }

    @Test
    void handler_of_another_department_neither_sees_nor_moves_the_case() {
        long id = flows().dispatched();
        assertThat(api.get("handler-szyl", "/api/cases/{id}", id)).hasStatus(404);
        assertThat(flows().move("handler-szyl", id, "request-return", "{\"comment\":\"x\"}")).hasStatus(404);
        assertThat(api.get("handler", "/api/cases/{id}", id)).hasStatusOk();
    }

    @Test
    void inspector_cannot_report_outside_the_responsibility_area() {
        var outside = "{\"source\":\"INSPECTOR\"," + flows().position("210231004004001")
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"x\",\"photoIds\":[\"" + flows().photo("inspector") + "\"]}";
        long before = cases();
        var result = api.post("inspector", "/api/cases", outside);
        assertThat(result).hasStatus(403);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.case.outside-area");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void only_the_assigned_inspector_verifies() {
        long id = flows().hotlineReport();
        ok(flows().move("operator", id, "send-to-verify", null));
        long assigned = ((Number) Api.read(api.get("leader", "/api/cases/{id}", id), "$.assignedInspectorId")).longValue();
        // Another inspector whose area covers the grid sees the case but may not verify it: 403.
        var colleague = jdbc.sql("""
                select s.username from staff s join responsibility_area a on a.staff_id = s.id
                where a.unit_grid_code = :grid and s.role = 'INSPECTOR' and s.id <> :assigned order by s.username""")
                .param("grid", CaseFlows.INSPECTOR_GRID).param("assigned", assigned).query(String.class).list();
        assertThat(colleague).as("the demo district has two inspectors covering " + CaseFlows.INSPECTOR_GRID).isNotEmpty();
        var sees = colleague.get(0);
        assertThat(api.get(sees, "/api/cases/{id}", id)).hasStatusOk();
        var refused = flows().move(sees, id, "verify-true", "{\"photoIds\":[\"" + flows().photo(sees) + "\"]}");
        assertThat(refused).as(Api.body(refused)).hasStatus(403);
        // An inspector of another community does not even see it: 404.
        var stranger = flows().move("inspector16", id, "verify-true", "{\"photoIds\":[\"" + flows().photo("inspector16") + "\"]}");
        assertThat(stranger).hasStatus(404);
        assertThat(flows().status(id)).isEqualTo("VERIFYING");
    }

    @Test
    void source_must_fit_the_role() {
        var body = "{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID) + ",\"description\":\"x\"}";
        assertThat(api.post("inspector", "/api/cases", body)).hasStatus(403);
        assertThat(api.post("dispatcher", "/api/cases", body)).hasStatus(403);
    }

    @Test
    void bad_reports_are_400_with_a_reason_and_store_nothing() {
        long before = cases();
        var pos = flows().position(CaseFlows.INSPECTOR_GRID);
        expect400(api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + pos + "}"), "error.validation");
        expect400(api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\",\"latitude\":95,\"longitude\":121.5,\"description\":\"x\"}"),
                "error.validation");
        expect400(api.post("operator", "/api/cases", "{\"source\":\"NOWHERE\"," + pos + ",\"description\":\"x\"}"), null);
        expect400(api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + pos + ",\"description\":\"x\",\"conditionCode\":\"E9999-01\"}"),
                null);
        expect400(api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + pos + ",\"description\":\"x\",\"photoIds\":[\"nope\"]}"),
                "error.case.photo-unknown");
        expect400(api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + pos + ",\"description\":\"x\",\"componentCode\":\"2102310101999999\"}"),
                "error.case.component-unknown");
        var noPhoto = "{\"source\":\"INSPECTOR\"," + pos + ",\"conditionCode\":\"E0102-01\",\"description\":\"x\"}";
        expect400(api.post("inspector", "/api/cases", noPhoto), "error.case.inspector-report-needs-class-and-photo");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void a_position_outside_every_grid_is_refused_not_guessed() {
        long before = cases();
        var result = api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\",\"latitude\":39.9,\"longitude\":116.4,\"description\":\"北京\"}");
        assertThat(result).hasStatus(422);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.grid.outside");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void english_problem_details_on_request() {
        long id = flows().reportedByInspector();
        var result = mvc.post().uri("/api/cases/{id}/close", id).header("Authorization", "Bearer " + api.token("shiftleader"))
                .header("Accept-Language", "en").contentType("application/json").content("{}").exchange();
        assertThat(Api.<String>read(result, "$.detail")).contains("\"Reported\"", "you cannot close it now");
    }

    @Test
    void unknown_action_and_unknown_case_are_404() {
        long id = flows().reportedByInspector();
        assertThat(flows().move("operator", id, "teleport", null)).hasStatus(404);
        assertThat(api.get("operator", "/api/cases/{id}", 987654321L)).hasStatus(404);
    }

    @Test
    void a_retried_report_with_the_same_idempotency_key_returns_the_first_case() {
        long before = cases();
        var photo = flows().photo("inspector");
        var first = flows().inspectorReport("phone-7f3a-0001", photo);
        var retry = flows().inspectorReport("phone-7f3a-0001", photo);
        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(200);
        assertThat(retry).headers().hasValue("Idempotent-Replayed", "true");
        assertThat(CaseFlows.id(retry)).isEqualTo(CaseFlows.id(first));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void a_key_replayed_with_another_report_is_refused_and_creates_nothing() {
        var photo = flows().photo("inspector");
        assertThat(keyed("/api/cases", "phone-7f3a-0002", "路边暴露垃圾一堆", photo)).hasStatus(201);
        long before = cases();
        var other = keyed("/api/cases", "phone-7f3a-0002", "另一处:井盖缺失", photo);
        assertThat(other).hasStatus(422);
        assertThat(Api.<String>read(other, "$.code")).isEqualTo("error.case.idempotency-key-reused");
        assertThat(Api.<String>read(other, "$.detail")).contains("Idempotency-Key");
        // The same body through the other door is another request too.
        assertThat(keyed("/api/cases/on-the-spot", "phone-7f3a-0002", "路边暴露垃圾一堆", photo)).hasStatus(422);
        assertThat(cases()).isEqualTo(before);
        assertThat(keyed("/api/cases", "phone-7f3a-0002", "路边暴露垃圾一堆", photo)).hasStatus(200);
    }

    @Test
    void a_report_with_prefer_return_minimal_is_answered_with_its_receipt_and_the_whole_case_stays_at_its_location() {
        var result = mvc.post().uri("/api/cases").header("Authorization", "Bearer " + api.token("operator"))
                .header("Prefer", "return=minimal").contentType("application/json")
                .content("{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                        + ",\"description\":\"市民来电:路灯不亮\",\"reporterContact\":\"13800000000\"}")
                .exchange();
        assertThat(result).hasStatus(201).hasHeader("Preference-Applied", "return=minimal");
        assertThat(Api.<String>read(result, "$.status")).isEqualTo("REPORTED");
        assertThat(Api.<String>read(result, "$.unitGridCode")).isEqualTo(CaseFlows.INSPECTOR_GRID);
        assertThat(Api.body(result)).doesNotContain("history").doesNotContain("movesAllowedNow")
                .doesNotContain("13800000000");
        Integer id = Api.read(result, "$.id");
        var location = result.getResponse().getHeader("Location");
        assertThat(location).isEqualTo("/api/cases/" + id);
        var whole = api.get("operator", location);
        assertThat(Api.<String>read(whole, "$.number")).isEqualTo(Api.<String>read(result, "$.number"));
        assertThat(Api.<List<Object>>read(whole, "$.history")).hasSize(1);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult keyed(String uri, String key, String description,
            String photo) {
        return mvc.post().uri(uri).header("Authorization", "Bearer " + api.token("inspector"))
                .header("Idempotency-Key", key).contentType("application/json")
                .content("{\"source\":\"INSPECTOR\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                        + ",\"conditionCode\":\"E0102-01\",\"description\":\"" + description + "\",\"photoIds\":[\""
                        + photo + "\"]}")
                .exchange();
    }

    @Test
    void concurrent_retries_with_one_key_create_one_case() throws Exception {
        long before = cases();
        var photo = flows().photo("inspector");
        var results = parallel(4, () -> flows().inspectorReport("phone-race-0001", photo));
        assertThat(results).extracting(CaseFlows::id).containsOnly(CaseFlows.id(results.get(0)));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void two_conflicting_moves_at_once_exactly_one_wins() throws Exception {
        long id = flows().reportedByInspector();
        ok(flows().move("operator", id, "accept", null));
        var results = parallel(2, () -> flows().move("shiftleader", id, "file", null));
        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactlyInAnyOrder(200, 409);
        List<String> moves = Api.read(api.get("leader", "/api/cases/{id}", id), "$.history[*].move");
        assertThat(moves).containsExactly("REPORT", "ACCEPT", "FILE");
    }

    @Test
    void a_stale_expected_version_is_refused() {
        long id = flows().reportedByInspector();
        ok(flows().move("operator", id, "accept", "{\"expectedVersion\":0}"));
        var stale = flows().move("shiftleader", id, "file", "{\"expectedVersion\":0}");
        assertThat(stale).hasStatus(409);
        assertThat(Api.<String>read(stale, "$.code")).isEqualTo("error.case.stale");
    }

    @Test
    void each_role_finds_its_work_in_my_tasks_sorted_by_deadline() {
        long id = flows().reportedByInspector();
        assertThat(taskIds("operator")).contains(id);
        ok(flows().move("operator", id, "accept", null));
        assertThat(taskIds("operator")).doesNotContain(id);
        assertThat(taskIds("shiftleader")).contains(id);
        ok(flows().move("shiftleader", id, "file", null));
        assertThat(taskIds("dispatcher")).contains(id);
        ok(flows().move("dispatcher", id, "dispatch", null));
        assertThat(taskIds("handler")).contains(id);
        assertThat(taskIds("handler-szyl")).doesNotContain(id);
        var page = api.get("operator", "/api/cases/my-tasks?size=50");
        List<String> dues = Api.read(page, "$.items[*].clock.due");
        assertThat(dues).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void search_filters_by_status_street_source_and_date() {
        long id = flows().hotlineReport();
        var found = api.get("leader", "/api/cases?status=REPORTED&street=210231001&source=HOTLINE_12345&from=2026-11-25T00:00:00Z&size=200");
        assertThat(Api.<List<Integer>>read(found, "$.items[*].id")).contains((int) id);
        var otherStreet = api.get("leader", "/api/cases?street=210231004&size=200");
        assertThat(Api.<List<Integer>>read(otherStreet, "$.items[*].id")).doesNotContain((int) id);
        assertThat(api.get("leader", "/api/cases?size=500")).hasStatus(400);
    }

    /**
     * The ids of a role's queue, read to its end page by page (following the {@code next} cursor when the page has
     * one): the shared test database keeps growing, so a case may sit past any first page.
     */
    private List<Long> taskIds(String user) {
        var ids = new ArrayList<Long>();
        String after = null;
        for (int page = 0; page < 1_000; page++) {
            var result = after == null ? api.get(user, "/api/cases/my-tasks?size=200&page={page}", page)
                    : api.get(user, "/api/cases/my-tasks?size=200&after={after}", after);
            assertThat(result).hasStatusOk();
            List<Integer> items = Api.read(result, "$.items[*].id");
            items.forEach(i -> ids.add(i.longValue()));
            long total = ((Number) Api.read(result, "$.total")).longValue();
            after = com.jayway.jsonpath.JsonPath.using(com.jayway.jsonpath.Configuration.defaultConfiguration()
                    .addOptions(com.jayway.jsonpath.Option.SUPPRESS_EXCEPTIONS)).parse(Api.body(result)).read("$.next");
            if (items.isEmpty() || (after == null && ids.size() >= total)) {
                return ids;
            }
        }
        throw new AssertionError(user + "'s queue did not end within 1,000 pages");
    }

    private static void expect400(MvcTestResult result, String code) {
        assertThat(result).as(Api.body(result)).hasStatus(400);
        if (code != null) {
            assertThat(Api.<String>read(result, "$.code")).isEqualTo(code);
        }
    }

    private static List<MvcTestResult> parallel(int n, java.util.function.Supplier<MvcTestResult> call) throws Exception {
        var barrier = new CyclicBarrier(n);
        var futures = new ArrayList<CompletableFuture<MvcTestResult>>();
        for (int i = 0; i < n; i++) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }));
        }
        var results = new ArrayList<MvcTestResult>();
        for (var f : futures) {
            results.add(f.get());
        }
        return results;
    }
}
