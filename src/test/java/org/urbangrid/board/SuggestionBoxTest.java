package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * 意见箱 end to end: proof of work refused and accepted, the code page, nothing public before an answer, the
 * operator's answer and hide (with reason), the phone never public, the fields named on bad input, and the roles.
 */
class SuggestionBoxTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    String challenge() {
        return JsonPath.read(Api.body(mvc.get().uri("/public/pow/challenge").exchange()), "$.challenge");
    }

    MvcTestResult leave(String topic, String text, String phone) {
        var c = challenge();
        return mvc.post().uri("/public/suggestions").param("topic", topic).param("text", text).param("phone", phone)
                .param("powChallenge", c).param("powNonce", ProofOfWork.solve(c)).exchange();
    }

    static String code(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        return result.getResponse().getRedirectedUrl().replaceAll(".*/public/suggestions/([A-Z0-9]+).*", "$1");
    }

    long id(String code) {
        return jdbc.sql("select id from suggestion where code = ?").param(code).query(Long.class).single();
    }

    String publicList() {
        return Api.body(mvc.get().uri("/public/suggestions").exchange());
    }

    @Test
    void without_proof_of_work_nothing_is_kept() {
        long before = jdbc.sql("select count(*) from suggestion").query(Long.class).single();
        var none = mvc.post().uri("/public/suggestions").param("topic", "OTHER").param("text", "没有工作量证明").exchange();
        assertThat(none).hasStatus(400);
        assertThat(Api.body(none)).contains("id=\"suggestion-error\"");
        var c = challenge();
        var wrong = mvc.post().uri("/public/suggestions").param("topic", "OTHER").param("text", "错误的证明")
                .param("powChallenge", c).param("powNonce", "not-a-solution").exchange();
        assertThat(wrong).hasStatus(400);
        var replay = challenge();
        var nonce = ProofOfWork.solve(replay);
        assertThat(mvc.post().uri("/public/suggestions").param("topic", "OTHER").param("text", "第一次")
                .param("powChallenge", replay).param("powNonce", nonce).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/public/suggestions").param("topic", "OTHER").param("text", "重放")
                .param("powChallenge", replay).param("powNonce", nonce).exchange()).hasStatus(400);
        assertThat(jdbc.sql("select count(*) from suggestion").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        var tooLong = leave("OTHER", "长".repeat(1001), null);
        assertThat(tooLong).hasStatus(400);
        assertThat(Api.body(tooLong)).contains("最多 1000 字", "id=\"text\"", "aria-invalid=\"true\"");
        var blank = leave("OTHER", "   ", null);
        assertThat(blank).hasStatus(400);
        assertThat(Api.body(blank)).contains("请写下建议内容");
        assertThat(leave("NOT_A_TOPIC", "类别不对", null)).hasStatus(400);
        var phone = leave("OTHER", "电话不对", "call me");
        assertThat(phone).hasStatus(400);
        assertThat(Api.body(phone)).contains("手机号只能包含数字");
        assertThat(leave("OTHER", "长".repeat(1000), null)).hasStatus3xxRedirection();
    }

    @Test
    void answered_suggestions_are_public_hidden_ones_never_and_the_phone_nowhere() {
        var phone = "13600012345";
        var answered = code(leave("CITY_APPEARANCE", "建议在凌水河边多放垃圾桶", phone));
        var hidden = code(leave("OTHER", "这条建议含有不宜公开的内容", null));

        var page = Api.body(mvc.get().uri("/public/suggestions/" + answered).exchange());
        assertThat(page).contains(answered, "建议在凌水河边多放垃圾桶", "待答复").doesNotContain(phone);
        assertThat(publicList()).doesNotContain("建议在凌水河边多放垃圾桶", "不宜公开");

        // the operator sees both, with the phone, unanswered first
        var console = mvc.get().uri("/console/suggestions").with(user("operator").roles("OPERATOR")).exchange();
        assertThat(console).hasStatusOk();
        assertThat(Api.body(console)).contains(answered, hidden, phone);
        assertThat(mvc.post().uri("/console/suggestions/{id}/answer", id(answered)).param("answer", "已在河边增设 6 个垃圾桶")
                .with(csrf()).with(user("operator").roles("OPERATOR")).exchange()).hasStatus3xxRedirection();
        var emptyReason = mvc.post().uri("/console/suggestions/{id}/hide", id(hidden)).param("reason", " ")
                .with(csrf()).with(user("shiftleader").roles("SHIFT_LEADER")).exchange();
        assertThat(emptyReason).hasStatus3xxRedirection();
        assertThat(emptyReason.getMvcResult().getFlashMap().get("error")).asString().contains("原因");
        assertThat(mvc.post().uri("/console/suggestions/{id}/hide", id(hidden)).param("reason", "含个人信息")
                .with(csrf()).with(user("shiftleader").roles("SHIFT_LEADER")).exchange()).hasStatus3xxRedirection();

        var list = publicList();
        assertThat(list).contains("建议在凌水河边多放垃圾桶", "已在河边增设 6 个垃圾桶").doesNotContain("不宜公开", phone);
        assertThat(Api.body(mvc.get().uri("/public/suggestions/" + answered).exchange()))
                .contains("已在河边增设 6 个垃圾桶", "已答复").doesNotContain(phone);
        assertThat(Api.body(mvc.get().uri("/public/suggestions/" + hidden).exchange())).contains("不公开")
                .doesNotContain("含个人信息");
        var hiddenTab = Api.body(mvc.get().uri("/console/suggestions?status=HIDDEN")
                .with(user("operator").roles("OPERATOR")).exchange());
        assertThat(hiddenTab).contains(hidden, "含个人信息");
    }

    @Test
    void only_operators_and_shift_leaders_may_use_the_console_box() {
        var code = code(leave("OTHER", "角色测试", null));
        assertThat(mvc.get().uri("/console/suggestions").with(user("dispatcher").roles("DISPATCHER")).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/console/suggestions/{id}/answer", id(code)).param("answer", "不该成功")
                .with(csrf()).with(user("leader").roles("LEADER")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/console/suggestions/{id}/answer", id(code)).param("answer", "没有 CSRF")
                .with(user("operator").roles("OPERATOR")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/console/suggestions").exchange()).hasStatus3xxRedirection();
        assertThat(publicList()).doesNotContain("不该成功", "没有 CSRF");
    }
}
