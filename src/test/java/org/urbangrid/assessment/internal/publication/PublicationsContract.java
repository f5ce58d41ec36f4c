package org.urbangrid.assessment.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.support.Api;

import com.jayway.jsonpath.JsonPath;

/** 考核结果发布: frozen, hashed, append-only, corrected only with a reason; on H2 and PostgreSQL. */
abstract class PublicationsContract extends PublicationTestBase {

    @Autowired
    AuditLog audit;

    @Test
    void a_published_month_reads_back_its_snapshot_whose_bytes_hash_to_the_published_hash() {
        var created = api.post("leader", "/api/assessment/publications", publish("2026-10"));
        assertThat(created).hasStatus(201);
        String hash = Api.read(created, "$.contentHash");
        assertThat(Api.<Integer>read(created, "$.version")).isEqualTo(1);
        assertThat(Api.<String>read(created, "$.publishedBy")).isEqualTo("吴主任");

        var bytes = api.get("handler", "/api/assessment/publications/2026-10/snapshot.json").getResponse()
                .getContentAsByteArray();
        assertThat(SnapshotCodec.sha256(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");

        var read = api.get("handler", "/api/assessment/publications/2026-10");
        assertThat(read).hasStatus(200);
        var live = FakeAssessment.ranking(SubjectKind.DEPARTMENT, Period.parse("2026-10"));
        var first = live.rows().get(0);
        List<String> names = JsonPath.read(Api.body(read), "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].rows[0].name");
        assertThat(names).containsExactly(first.subject().name());
        List<Integer> numerators = JsonPath.read(Api.body(read),
                "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].rows[0].figures[?(@.indicator=='ON_TIME_HANDLE_RATE')].numerator");
        assertThat(numerators).containsExactly((int) first.figures().get(org.urbangrid.assessment.Indicator.ON_TIME_HANDLE_RATE).numerator());
        assertThat(Api.<String>read(read, "$.publication.contentHash")).isEqualTo(hash);
        // the snapshot member is the canonical text verbatim, so the hash can be checked from this answer too
        assertThat(Api.body(read)).contains("\"snapshot\":" + new String(bytes, StandardCharsets.UTF_8) + "}");
        assertThat(Api.<List<Integer>>read(read, "$.versions")).containsExactly(1);
        assertThat(FakeAssessment.published).singleElement()
                .satisfies(e -> assertThat(e.contentHash()).isEqualTo(hash))
                .satisfies(e -> assertThat(e.period()).isEqualTo("2026-10"));
        assertThat(audit.page("assessment", null, 1).entries().get(0).action()).isEqualTo("publish");
    }

    @Test
    void the_same_content_hashes_the_same_and_other_content_differently() {
        var period = Period.parse("2026-09");
        var publications = snapshotOf(period);
        assertThat(SnapshotCodec.sha256(SnapshotCodec.canonical(publications)))
                .isEqualTo(SnapshotCodec.sha256(SnapshotCodec.canonical(snapshotOf(period))));
        var canonical = SnapshotCodec.canonical(publications);
        assertThat(canonical).startsWith("{\"from\":\"2026-09-01\",\"overdue\":[],\"period\":\"2026-09\",\"rankings\":[")
                .doesNotContain("\n").doesNotContain(": ");
        assertThat(SnapshotCodec.canonical(SnapshotCodec.read(canonical))).isEqualTo(canonical);
        FakeAssessment.moves.incrementAndGet();
        assertThat(SnapshotCodec.sha256(SnapshotCodec.canonical(snapshotOf(period))))
                .isNotEqualTo(SnapshotCodec.sha256(canonical));
    }

    private static Snapshot snapshotOf(Period period) {
        var rankings = java.util.Arrays.stream(SubjectKind.values()).map(k -> FakeAssessment.ranking(k, period)).toList();
        return Snapshot.of(period, rankings, List.of());
    }

    @Test
    void cases_moved_after_publication_leave_the_published_month_unchanged() {
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-09"))).hasStatus(201);
        var before = Api.body(api.get("leader", "/api/assessment/publications/2026-09"));

        FakeAssessment.moves.addAndGet(5);
        var moved = FakeAssessment.ranking(SubjectKind.DEPARTMENT, Period.parse("2026-09")).rows().get(0);

        var after = Api.body(api.get("leader", "/api/assessment/publications/2026-09"));
        assertThat(after).isEqualTo(before);
        String hash = JsonPath.read(after, "$.publication.contentHash");
        var bytes = api.get("leader", "/api/assessment/publications/2026-09/snapshot.json").getResponse()
                .getContentAsByteArray();
        assertThat(SnapshotCodec.sha256(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(hash);
        List<Double> scores = JsonPath.read(after, "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].rows[0].score");
        assertThat(scores.get(0)).isNotEqualTo(moved.score());
    }

    @Test
    void a_correction_needs_a_reason_and_becomes_version_two_with_both_readable() {
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-08"))).hasStatus(201);
        var refused = api.post("leader", "/api/assessment/publications", publish("2026-08"));
        assertThat(refused).hasStatus(409);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.assessment.publication.needs-reason");
        assertThat(Api.<String>read(refused, "$.field")).isEqualTo("reason");
        assertThat(Api.<Integer>read(refused, "$.currentVersion")).isEqualTo(1);

        FakeAssessment.moves.incrementAndGet();
        var corrected = api.post("admin", "/api/assessment/publications", correct("2026-08", "环卫所两件案卷错派，已改派"));
        assertThat(corrected).hasStatus(201);
        assertThat(Api.<Integer>read(corrected, "$.version")).isEqualTo(2);
        assertThat(Api.<Boolean>read(corrected, "$.correction")).isTrue();
        assertThat(Api.<String>read(corrected, "$.reason")).isEqualTo("环卫所两件案卷错派，已改派");

        var v1 = api.get("handler", "/api/assessment/publications/2026-08?version=1");
        var v2 = api.get("handler", "/api/assessment/publications/2026-08?version=2");
        var current = api.get("handler", "/api/assessment/publications/2026-08");
        assertThat(Api.<Boolean>read(v1, "$.current")).isFalse();
        assertThat(Api.<Integer>read(current, "$.publication.version")).isEqualTo(2);
        assertThat(Api.<List<Integer>>read(current, "$.versions")).containsExactly(1, 2);
        assertThat(Api.<String>read(v1, "$.publication.contentHash"))
                .isNotEqualTo(Api.<String>read(v2, "$.publication.contentHash"));
        assertThat(v1).bodyJson().doesNotHavePath("$.publication.reason");
        var listed = api.get("leader", "/api/assessment/publications");
        List<Integer> versions = JsonPath.read(Api.body(listed), "$[?(@.period=='2026-08')].version");
        assertThat(versions).containsExactly(2);
        var entry = audit.page("assessment", null, 1).entries().get(0);
        assertThat(entry.action()).isEqualTo("correct");
        assertThat(entry.before()).contains("\"version\":1");
        assertThat(entry.after()).contains("环卫所两件案卷错派");
    }

    @Test
    void bad_periods_and_reasons_are_refused_naming_the_field() {
        var missing = api.post("leader", "/api/assessment/publications", "{}");
        assertThat(missing).hasStatus(400);
        assertThat(Api.<String>read(missing, "$.field")).isEqualTo("period");
        var garbage = api.post("leader", "/api/assessment/publications", publish("十月"));
        assertThat(garbage).hasStatus(400);
        assertThat(Api.<String>read(garbage, "$.detail")).contains("十月");
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-10-05"))).hasStatus(400);
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-10-01..2026-10-09"))).hasStatus(400);
        var open = api.post("leader", "/api/assessment/publications", publish("2026-11"));
        assertThat(open).hasStatus(409);
        assertThat(Api.<String>read(open, "$.code")).isEqualTo("error.assessment.publication.not-over");
        var tooLong = api.post("leader", "/api/assessment/publications", correct("2026-Q3", "x".repeat(1001)));
        assertThat(tooLong).hasStatus(400);
        assertThat(Api.<String>read(tooLong, "$.field")).isEqualTo("reason");
        assertThat(api.get("leader", "/api/assessment/publications/2026-Q3")).hasStatus(404);
        assertThat(api.get("leader", "/api/assessment/publications/nonsense")).hasStatus(400);
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-Q3"))).hasStatus(201);
        assertThat(api.get("leader", "/api/assessment/publications/2026-Q3?version=9")).hasStatus(404);
        assertThat(FakeAssessment.published).hasSize(1);
    }

    @Test
    void weeks_quarters_and_years_that_have_ended_can_be_published() {
        assertThat(api.post("admin", "/api/assessment/publications", publish("2026-W40"))).hasStatus(201);
        assertThat(api.post("admin", "/api/assessment/publications", publish("2025"))).hasStatus(201);
        assertThat(api.get("inspector", "/api/assessment/publications/2025")).hasStatus(200);
    }

    @Test
    void only_leaders_and_administrators_publish_and_everyone_logged_in_reads() {
        for (var who : List.of("inspector", "operator", "shiftleader", "dispatcher", "handler")) {
            var refused = api.post(who, "/api/assessment/publications", publish("2026-07"));
            assertThat(refused).as(who).hasStatus(403);
        }
        assertThat(mvc.post().uri("/api/assessment/publications").contentType(MediaType.APPLICATION_JSON)
                .content(publish("2026-07")).exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/api/assessment/publications").exchange()).hasStatus(401);
        assertThat(api.post("leader", "/api/assessment/publications", publish("2026-07"))).hasStatus(201);
        assertThat(api.get("inspector", "/api/assessment/publications/2026-07")).hasStatus(200);
        assertThat(api.get("operator", "/api/assessment/publications")).hasStatus(200);
        assertThat(FakeAssessment.published).hasSize(1);
    }

    @Test
    void the_console_notice_page_is_html_with_the_download_links() {
        var page = mvc.get().uri("/console/assessment/notice?period=2026-02").with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(page).hasStatus(200);
        assertThat(page).bodyText().contains("城市管理综合考核通报").contains("未发布")
                .contains("/console/assessment/rankings.xlsx?period=2026-02")
                .contains("/console/assessment/notice.pdf?period=2026-02").contains("环卫所");
        assertThat(mvc.get().uri("/console/assessment/notice?period=2026-02").with(user("inspector").roles("INSPECTOR"))
                .exchange()).hasStatus(403);
    }

    @Test
    void a_leader_publishes_from_the_console_page_and_a_correction_there_needs_a_reason() {
        var leader = user("leader").roles("LEADER");
        var preview = mvc.get().uri("/console/assessment/notice?period=2026-W30").with(leader).exchange();
        assertThat(preview).bodyText().contains("发布本期考核结果").contains("name=\"_csrf\"");
        var published = mvc.post().uri("/console/assessment/publications").with(leader).with(csrf())
                .param("period", "2026-W30").exchange();
        assertThat(published).hasStatus(303).redirectedUrl().isEqualTo("/console/assessment/notice?period=2026-W30");
        assertThat(mvc.get().uri("/console/assessment/notice?period=2026-W30").with(leader).exchange()).bodyText()
                .contains("已发布 第 1 版").contains("发布更正版本");

        var refused = mvc.post().uri("/console/assessment/publications").with(leader).with(csrf())
                .param("period", "2026-W30").exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyText().contains("须填写更正原因");
        var corrected = mvc.post().uri("/console/assessment/publications").with(user("admin").roles("ADMIN"))
                .with(csrf()).param("period", "2026-W30").param("reason", "抽查结果补录").exchange();
        assertThat(corrected).hasStatus(303);
        assertThat(api.get("inspector", "/api/assessment/publications/2026-W30")).bodyJson()
                .extractingPath("$.publication.reason").isEqualTo("抽查结果补录");

        var inspectorPage = mvc.get().uri("/console/assessment/notice?period=2026-W30")
                .with(user("inspector").roles("INSPECTOR")).exchange();
        assertThat(inspectorPage).hasStatus(200);
        assertThat(inspectorPage).bodyText().contains("已发布 第 2 版").doesNotContain("发布更正版本");
        assertThat(mvc.post().uri("/console/assessment/publications").with(user("handler").roles("HANDLER"))
                .with(csrf()).param("period", "2026-W31").exchange()).hasStatus(403);
    }
}
