package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.id;
import static org.urbangrid.cases.CaseFlows.ok;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.Api;

/**
 * The moves channels and citizens bring, through the staff API: 退回热线 for hotline cases only, 市民反映未解决
 * within the window after closing (counted as rework), and moderation of what the public sees.
 */
abstract class CitizenMovesContract extends CaseIntegrationTest {

    @Autowired
    PublicCases publicCases;

    /** Handled, checked and closed: a citizen may still say it is not fixed. */
    private long closed() {
        long id = flows().handled();
        ok(flows().move("operator", id, "send-to-check", null));
        ok(flows().move("inspector", id, "check-pass", "{\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        ok(flows().move("shiftleader", id, "close", null));
        return id;
    }

    @Test
    void only_a_hotline_case_goes_back_to_the_hotline_with_a_reason() {
        long hotline = flows().hotlineReport();
        var noReason = flows().move("operator", hotline, "transfer-back", null);
        assertThat(noReason).hasStatus(400);
        assertThat(Api.<String>read(noReason, "$.field")).isEqualTo("comment");
        var back = ok(flows().move("operator", hotline, "transfer-back", "{\"comment\":\"属供电部门职责,请转供电公司\"}"));
        assertThat(Api.<String>read(back, "$.status")).isEqualTo("NOT_FILED");
        var update = publicCases.byId(hotline).orElseThrow().timeline().get(1);
        assertThat(update.move()).isEqualTo(CaseMove.TRANSFER_BACK);
        assertThat(update.note()).isEqualTo("属供电部门职责,请转供电公司");
        assertThat(update.publicStatus()).isEqualTo(PublicStatus.NOT_ACCEPTED);

        long inspectors = flows().reportedByInspector();
        var refused = flows().move("operator", inspectors, "transfer-back", "{\"comment\":\"不归我们管\"}");
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.case.transfer-needs-hotline-case");
        assertThat(Api.<List<String>>read(api.get("operator", "/api/cases/{id}", inspectors), "$.movesAllowedNow"))
                .doesNotContain("TRANSFER_BACK");
    }

    @Test
    void not_fixed_within_the_window_reopens_for_a_check_and_after_it_is_refused() {
        long id = closed();
        assertThat(Api.<List<String>>read(api.get("operator", "/api/cases/{id}", id), "$.yourMoves")).contains("REOPEN");
        clock.advance(Duration.ofDays(6));
        var reopened = ok(flows().move("operator", id, "reopen", "{\"comment\":\"市民来电:垃圾又堆回来了\"}"));
        assertThat(Api.<String>read(reopened, "$.status")).isEqualTo("HANDLED");
        assertThat(Api.<List<String>>read(reopened, "$.yourMoves")).contains("SEND_TO_CHECK");
        assertThat(publicCases.byId(id).orElseThrow().publicStatus()).isEqualTo(PublicStatus.HANDLED);

        long other = closed();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        var late = flows().move("operator", other, "reopen", "{\"comment\":\"还是没修好\"}");
        assertThat(late).hasStatus(409);
        assertThat(Api.<String>read(late, "$.code")).isEqualTo("error.case.reopen-window-over");
        assertThat(Api.<List<String>>read(api.get("operator", "/api/cases/{id}", other), "$.movesAllowedNow"))
                .doesNotContain("REOPEN");
    }

    @Test
    void the_public_sees_the_citizens_words_only_once_seen_and_without_what_was_hidden() {
        // Seen at once when staff write it; so take a case and pretend the channel brought it: unseen.
        var result = api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"楼下垃圾没人管,物业电话 13800001111\"}");
        long id = id(result);
        jdbc.sql("update cases set public_seen_at = null where id = ?").param(id).update();
        assertThat(publicCases.byId(id).orElseThrow().description()).isNull();
        assertThat(Api.<List<String>>read(api.get("operator", "/api/cases/{id}", id), "$.yourMoves")).contains("APPROVE_PUBLIC");
        ok(flows().move("operator", id, "approve-public", null));
        assertThat(publicCases.byId(id).orElseThrow().description()).contains("13800001111");
        assertThat(flows().move("operator", id, "approve-public", null)).hasStatus(409);

        var nothing = flows().move("operator", id, "hide-public", "{\"comment\":\"含个人电话\"}");
        assertThat(nothing).hasStatus(400);
        ok(flows().move("operator", id, "hide-public", "{\"comment\":\"含个人电话\",\"hiddenText\":\"13800001111\"}"));
        var shown = publicCases.byId(id).orElseThrow();
        assertThat(shown.description()).doesNotContain("13800001111").contains("***");
        var history = Api.<List<String>>read(api.get("operator", "/api/cases/{id}", id), "$.history[*].comment");
        assertThat(history).contains("含个人电话");
        assertThat(flows().move("shiftleader", id, "hide-public", "{\"comment\":\"x\",\"hiddenText\":\"y\"}")).hasStatus(403);
        var notOwn = flows().move("operator", id, "hide-public", "{\"comment\":\"x\",\"hiddenPhotoIds\":[\"nope\"]}");
        assertThat(notOwn).hasStatus(400);
        assertThat(Api.<String>read(notOwn, "$.field")).isEqualTo("hiddenPhotoIds");
    }
}
