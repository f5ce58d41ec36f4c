package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.ok;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;

/** Every path of DOMAIN §4 walked end to end over HTTP by the demo accounts. */
abstract class CaseWorkflowContract extends CaseIntegrationTest {

    @Test
    void normal_path_from_report_to_close_with_every_step_in_the_history() {
        long id = flows().handled();
        ok(flows().move("operator", id, "send-to-check", "{\"inspectorId\":" + flows().inspectorId() + "}"));
        ok(flows().move("inspector", id, "check-pass", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        var closed = ok(flows().move("shiftleader", id, "close", "{\"comment\":\"现场已整改\"}"));
        assertThat(Api.<String>read(closed, "$.status")).isEqualTo("CLOSED");
        assertThat(Api.<String>read(closed, "$.closeKind")).isEqualTo("NORMAL");
        assertThat(Api.<String>read(closed, "$.number")).matches("\\d{8}-\\d{5}");
        List<String> moves = Api.read(closed, "$.history[*].move");
        assertThat(moves).containsExactly("REPORT", "ACCEPT", "FILE", "DISPATCH", "REPORT_HANDLED", "SEND_TO_CHECK",
                "CHECK_PASS", "CLOSE");
        List<String> actors = Api.read(closed, "$.history[*].role");
        assertThat(actors).containsExactly("INSPECTOR", "OPERATOR", "SHIFT_LEADER", "DISPATCHER", "HANDLER", "OPERATOR",
                "INSPECTOR", "SHIFT_LEADER");
        assertThat(Api.<List<String>>read(closed, "$.yourMoves")).isEmpty();
    }

    @Test
    void public_report_is_verified_by_the_grids_inspector_before_filing() {
        long id = flows().hotlineReport();
        var sent = ok(flows().move("operator", id, "send-to-verify", null));
        assertThat(((Number) Api.read(sent, "$.assignedInspectorId")).longValue()).isEqualTo(flows().inspectorId());
        ok(flows().move("inspector", id, "verify-true", "{\"comment\":\"属实\",\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        assertThat(flows().status(id)).isEqualTo("PENDING_FILING");
        var filing = flows().move("shiftleader", id, "file", null);
        assertThat(filing).hasStatus(400);
        assertThat(Api.<String>read(filing, "$.code")).isEqualTo("error.case.file-needs-condition");
        var filed = ok(flows().move("shiftleader", id, "file", "{\"conditionCode\":\"E0102-01\"}"));
        assertThat(Api.<String>read(filed, "$.status")).isEqualTo("PENDING_DISPATCH");
        assertThat(Api.<Object>read(filed, "$.suggestedDepartmentId")).isNotNull();
        assertThat(Api.<String>read(filed, "$.routingNote")).isNotBlank();
    }

    @Test
    void verification_false_ends_the_report_as_invalid() {
        long id = flows().hotlineReport();
        ok(flows().move("operator", id, "send-to-verify", null));
        var noPhoto = flows().move("inspector", id, "verify-false", "{\"comment\":\"现场无此问题\"}");
        assertThat(noPhoto).hasStatus(400);
        assertThat(Api.<String>read(noPhoto, "$.field")).isEqualTo("photoIds");
        var noReason = flows().move("inspector", id, "verify-false", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}");
        assertThat(noReason).hasStatus(400);
        assertThat(Api.<String>read(noReason, "$.field")).isEqualTo("comment");
        assertThat(flows().status(id)).isEqualTo("VERIFYING");
        ok(flows().move("inspector", id, "verify-false", "{\"comment\":\"现场无此问题\",\"photoIds\":[\""
                + flows().photo("inspector") + "\"]}"));
        assertThat(flows().status(id)).isEqualTo("INVALID");
    }

    @Test
    void rework_returns_case_to_the_same_department() {
        long id = flows().handled();
        var department = Api.read(api.get("leader", "/api/cases/{id}", id), "$.leadDepartmentId");
        ok(flows().move("operator", id, "send-to-check", null));
        ok(flows().move("inspector", id, "check-fail", "{\"comment\":\"垃圾未清理干净\"}"));
        var view = api.get("leader", "/api/cases/{id}", id);
        assertThat(Api.<String>read(view, "$.status")).isEqualTo("DISPATCHED");
        assertThat(Api.<Object>read(view, "$.leadDepartmentId")).isEqualTo(department);
        assertThat(Api.<Integer>read(view, "$.reworkCount")).isEqualTo(1);
        ok(flows().move("handler", id, "report-handled", "{\"comment\":\"已二次清运\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}"));
        ok(flows().move("operator", id, "send-to-check", null));
        ok(flows().move("inspector", id, "check-pass", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        ok(flows().move("shiftleader", id, "close", null));
        assertThat(flows().status(id)).isEqualTo("CLOSED");
    }

    @Test
    void approved_return_goes_back_to_the_dispatcher_who_sends_it_elsewhere() {
        long id = flows().dispatched();
        ok(flows().move("handler", id, "request-return", "{\"comment\":\"属于园林部门职责\"}"));
        assertThat(Api.<String>read(api.get("dispatcher", "/api/cases/{id}", id), "$.pendingRequest.kind")).isEqualTo("RETURN");
        ok(flows().move("dispatcher", id, "approve-request", "{\"comment\":\"同意回退\"}"));
        assertThat(flows().status(id)).isEqualTo("PENDING_DISPATCH");
        var landscaping = Api.<List<Integer>>read(api.get("dispatcher", "/api/departments"), "$[?(@.code == 'SZYL')].id").get(0);
        var redispatched = ok(flows().move("dispatcher", id, "dispatch", "{\"departmentId\":" + landscaping + "}"));
        assertThat(Api.<Integer>read(redispatched, "$.leadDepartmentId")).isEqualTo(landscaping);
        assertThat(Api.<Integer>read(redispatched, "$.returnCount")).isEqualTo(1);
        assertThat(api.get("handler", "/api/cases/{id}", id)).hasStatus(404);
    }

    @Test
    void approved_extension_moves_the_deadline() {
        long id = flows().dispatched();
        String due = Api.read(api.get("handler", "/api/cases/{id}", id), "$.clock.due");
        ok(flows().move("handler", id, "request-extension",
                "{\"comment\":\"需调配清运车辆\",\"extension\":{\"amount\":1,\"unit\":\"WORK_DAYS\"}}"));
        ok(flows().move("dispatcher", id, "approve-request", null));
        String extended = Api.read(api.get("handler", "/api/cases/{id}", id), "$.clock.due");
        assertThat(java.time.Instant.parse(extended)).isAfter(java.time.Instant.parse(due));
        assertThat(Api.<Integer>read(api.get("handler", "/api/cases/{id}", id), "$.extensionCount")).isEqualTo(1);
    }

    @Test
    void suspension_stops_the_clock_and_resume_starts_it_again() {
        long id = flows().dispatched();
        ok(flows().move("handler", id, "request-suspension", "{\"comment\":\"涉及产权纠纷,待法院判决\"}"));
        ok(flows().move("dispatcher", id, "approve-request", null));
        var suspended = api.get("dispatcher", "/api/cases/{id}", id);
        assertThat(Api.<String>read(suspended, "$.status")).isEqualTo("SUSPENDED");
        assertThat(Api.<Boolean>read(suspended, "$.clock.suspended")).isTrue();
        clock.set(LocalDateTime.of(2026, 11, 30, 10, 0));
        var stillSuspended = api.get("dispatcher", "/api/cases/{id}", id);
        assertThat(Api.<String>read(stillSuspended, "$.clock.light")).isEqualTo("GREEN");
        ok(flows().move("dispatcher", id, "resume", null));
        var resumed = api.get("dispatcher", "/api/cases/{id}", id);
        assertThat(Api.<String>read(resumed, "$.status")).isEqualTo("DISPATCHED");
        assertThat(Api.<String>read(resumed, "$.clock.light")).isEqualTo("GREEN");
        assertThat(java.time.Instant.parse(Api.read(resumed, "$.clock.due"))).isAfter(clock.instant());
    }

    @Test
    void cancellation_asked_by_the_dispatcher_approved_by_the_shift_leader() {
        long id = flows().dispatched();
        ok(flows().move("dispatcher", id, "request-cancel", "{\"comment\":\"与 12345 工单重复\"}"));
        var frozen = flows().move("handler", id, "report-handled", "{\"comment\":\"x\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}");
        assertThat(frozen).hasStatus(409);
        ok(flows().move("shiftleader", id, "approve-cancel", null));
        assertThat(flows().status(id)).isEqualTo("CANCELLED");
    }

    @Test
    void refused_filing_needs_a_reason() {
        long id = flows().reportedByInspector();
        ok(flows().move("operator", id, "accept", null));
        assertThat(flows().move("shiftleader", id, "refuse", null)).hasStatus(400);
        ok(flows().move("shiftleader", id, "refuse", "{\"comment\":\"不属于城市管理范围\"}"));
        assertThat(flows().status(id)).isEqualTo("NOT_FILED");
    }

    @Test
    void on_the_spot_handling_is_closed_at_once_and_still_counted() {
        var body = "{\"source\":\"INSPECTOR\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"conditionCode\":\"E0102-01\",\"description\":\"少量垃圾,已当场清理\",\"photoIds\":[\"" + flows().photo("inspector") + "\"]}";
        var result = api.post("inspector", "/api/cases/on-the-spot", body);
        assertThat(result).hasStatus(201);
        assertThat(Api.<String>read(result, "$.status")).isEqualTo("CLOSED");
        assertThat(Api.<String>read(result, "$.closeKind")).isEqualTo("ON_THE_SPOT");
        var search = api.get("leader", "/api/cases?status=CLOSED&number={n}", Api.<String>read(result, "$.number"));
        assertThat(Api.<Integer>read(search, "$.total")).isEqualTo(1);
    }

    @Test
    void urging_adds_the_leaders_opinion_to_the_history() {
        long id = flows().dispatched();
        ok(flows().move("leader", id, "urge", "{\"comment\":\"群众反映强烈,请今日办结\"}"));
        var view = api.get("handler", "/api/cases/{id}", id);
        assertThat(Api.<Integer>read(view, "$.urgeCount")).isEqualTo(1);
        assertThat(Api.<List<String>>read(view, "$.history[*].move")).contains("URGE");
    }

    @Test
    void the_light_turns_yellow_then_red_as_the_deadline_passes() {
        long id = flows().dispatched();
        var green = api.get("handler", "/api/cases/{id}", id);
        assertThat(Api.<String>read(green, "$.clock.light")).isEqualTo("GREEN");
        assertThat(Api.<String>read(green, "$.clock.stage")).isEqualTo("HANDLE");
        // 4 work hours from Wednesday 09:00: 09:00–12:00 and 13:30–14:30; 80% is used at 13:42.
        clock.set(LocalDateTime.of(2026, 11, 25, 13, 50));
        var yellow = api.get("handler", "/api/cases/{id}", id);
        assertThat(Api.<String>read(yellow, "$.clock.light")).isEqualTo("YELLOW");
        assertThat(Api.<Double>read(yellow, "$.clock.shareUsed")).isGreaterThan(0.8).isLessThan(1.0);
        clock.set(LocalDateTime.of(2026, 11, 25, 15, 0));
        var red = api.get("handler", "/api/cases/{id}", id);
        assertThat(Api.<String>read(red, "$.clock.light")).isEqualTo("RED");
        assertThat(Api.<Integer>read(red, "$.clock.minutesLeft")).isNegative();
        assertThat(overdueMarker.markOverdue()).isPositive();
        assertThat(Api.<Boolean>read(api.get("handler", "/api/cases/{id}", id), "$.overdue")).isTrue();
        List<Integer> overdue = Api.read(api.get("dispatcher", "/api/cases/overdue?size=200"), "$.items[*].id");
        assertThat(overdue).contains((int) id);
    }
}
