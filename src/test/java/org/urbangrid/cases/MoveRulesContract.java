package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.ok;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;

/**
 * The move table through the API: the moves offered are the moves that go through, refusals come in the order
 * people can act on (404 → 409 → 403 → 400), inputs are bounded and named, messages show labels, not codes.
 */
abstract class MoveRulesContract extends CaseIntegrationTest {

    @Test
    void a_hotline_report_offers_no_accept_and_refuses_it_with_the_moves_it_does_allow() {
        long hotline = flows().hotlineReport();
        var view = api.get("operator", "/api/cases/{id}", hotline);
        assertThat(Api.<List<String>>read(view, "$.movesAllowedNow")).contains("SEND_TO_VERIFY").doesNotContain("ACCEPT");
        assertThat(Api.<List<String>>read(view, "$.yourMoves")).contains("SEND_TO_VERIFY").doesNotContain("ACCEPT");
        var accept = flows().move("operator", hotline, "accept", null);
        assertThat(accept).hasStatus(409);
        assertThat(Api.<List<String>>read(accept, "$.allowedMoves")).contains("SEND_TO_VERIFY").doesNotContain("ACCEPT");
        long own = flows().reportedByInspector();
        assertThat(Api.<List<String>>read(api.get("operator", "/api/cases/{id}", own), "$.yourMoves"))
                .contains("ACCEPT", "SEND_TO_VERIFY");
    }

    @Test
    void refusals_come_in_order_state_then_role_then_inputs() {
        long reported = flows().reportedByInspector();
        // Wrong state beats missing inputs: 409, not 400.
        assertThat(flows().move("operator", reported, "report-handled", null)).hasStatus(409);
        long id = flows().dispatched();
        // Wrong role beats missing inputs: 403, not 400 "photo required".
        var wrongRole = flows().move("dispatcher", id, "report-handled", null);
        assertThat(wrongRole).hasStatus(403);
        assertThat(Api.<String>read(wrongRole, "$.code")).isEqualTo("error.case.role-cannot-move");
        // A stale version beats a wrong state.
        var stale = flows().move("operator", id, "accept", "{\"expectedVersion\":0}");
        assertThat(Api.<String>read(stale, "$.code")).isEqualTo("error.case.stale");
        // The right person without the inputs: 400 naming the field.
        var noPhoto = flows().move("handler", id, "report-handled", "{\"comment\":\"已清运\"}");
        assertThat(noPhoto).hasStatus(400);
        assertThat(Api.<String>read(noPhoto, "$.field")).isEqualTo("photoIds");
        var noComment = flows().move("handler", id, "report-handled", null);
        assertThat(Api.<String>read(noComment, "$.field")).isEqualTo("comment");
        assertThat(flows().status(id)).isEqualTo("DISPATCHED");
    }

    @Test
    void extensions_and_urges_are_bounded_and_name_the_field() {
        long id = flows().dispatched();
        var tooLong = flows().move("handler", id, "request-extension",
                "{\"comment\":\"等待配件\",\"extension\":{\"amount\":61,\"unit\":\"WORK_DAYS\"}}");
        assertThat(tooLong).hasStatus(400);
        assertThat(Api.<String>read(tooLong, "$.field")).isEqualTo("extension.amount");
        assertThat(Api.<String>read(tooLong, "$.detail")).contains("60").contains("工作日");
        var huge = flows().move("handler", id, "request-extension",
                "{\"comment\":\"等待配件\",\"extension\":{\"amount\":10000,\"unit\":\"WORK_DAYS\"}}");
        assertThat(huge).hasStatus(400);
        var noUnit = flows().move("handler", id, "request-extension", "{\"comment\":\"等待配件\",\"extension\":{\"amount\":2}}");
        assertThat(Api.<String>read(noUnit, "$.field")).isEqualTo("extension.unit");
        var noTime = flows().move("handler", id, "request-extension", "{\"comment\":\"等待配件\"}");
        assertThat(Api.<String>read(noTime, "$.field")).isEqualTo("extension");
        ok(flows().move("handler", id, "request-extension",
                "{\"comment\":\"等待配件\",\"extension\":{\"amount\":60,\"unit\":\"WORK_DAYS\"}}"));
        ok(flows().move("dispatcher", id, "approve-request", null));

        var past = flows().move("leader", id, "urge", "{\"comment\":\"请加快\",\"answerDue\":\"2000-01-01T00:00:00Z\"}");
        assertThat(past).hasStatus(400);
        assertThat(Api.<String>read(past, "$.field")).isEqualTo("answerDue");
        var far = clock.instant().plus(Duration.ofDays(91));
        var tooFar = flows().move("leader", id, "urge", "{\"comment\":\"请加快\",\"answerDue\":\"" + far + "\"}");
        assertThat(tooFar).hasStatus(400);
        var soon = clock.instant().plus(Duration.ofDays(3));
        ok(flows().move("leader", id, "urge", "{\"comment\":\"请加快\",\"answerDue\":\"" + soon + "\"}"));
    }

    @Test
    void messages_show_labels_and_ids_without_grouping() {
        long id = flows().reportedByInspector();
        var wrongRole = flows().move("dispatcher", id, "accept", null);
        assertThat(Api.<String>read(wrongRole, "$.detail")).contains("派遣员", "受理").doesNotContain("DISPATCHER", "ACCEPT");
        var missing = api.get("operator", "/api/cases/{id}", 9_999_999);
        assertThat(missing).hasStatus(404);
        assertThat(Api.<String>read(missing, "$.detail")).contains("9999999").doesNotContain("9,999,999");
        var moveMissing = flows().move("operator", 9_999_999, "accept", null);
        assertThat(Api.<String>read(moveMissing, "$.detail")).contains("9999999");
        var source = api.post("operator", "/api/cases", "{\"source\":\"INSPECTOR\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"x\"}");
        assertThat(source).hasStatus(403);
        assertThat(Api.<String>read(source, "$.detail")).contains("受理员", "监督员上报").doesNotContain("OPERATOR");
    }

    @Test
    void every_case_in_a_queue_offers_its_owner_a_move() {
        flows().dispatched();
        flows().hotlineReport();
        for (var user : List.of("inspector", "operator", "shiftleader", "dispatcher", "handler", "leader")) {
            List<Number> ids = Api.read(api.get(user, "/api/cases/my-tasks?size=30"), "$.items[*].id");
            for (var id : ids) {
                var view = api.get(user, "/api/cases/{id}", id.longValue());
                assertThat(view).as(user + " sees case " + id + " of their queue").hasStatusOk();
                assertThat(Api.<List<String>>read(view, "$.yourMoves")).as(user + " has a move on " + id).isNotEmpty();
            }
        }
    }

    @Test
    void control_characters_in_text_are_400_naming_the_field() {
        long id = flows().reportedByInspector();
        var nul = flows().move("operator", id, "send-to-verify", "{\"comment\":\"a\\u0000b\"}");
        assertThat(nul).hasStatus(400);
        assertThat(Api.<String>read(nul, "$.field")).isEqualTo("comment");
        var report = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"市民来电\\u0000\"}");
        assertThat(report).hasStatus(400);
        assertThat(Api.<String>read(report, "$.field")).isEqualTo("description");
        ok(flows().move("operator", id, "send-to-verify", "{\"comment\":\"第一行\\n第二行\"}"));
    }
}
