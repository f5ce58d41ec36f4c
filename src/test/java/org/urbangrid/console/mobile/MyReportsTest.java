package org.urbangrid.console.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

/** 我的上报: the inspector's own reports only, with status and remaining time in words, paged by a cursor. */
class MyReportsTest extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("class=\"card m-task m-mine\" href=\"/m/cases/(\\d+)\"");
    private static final Pattern OLDER = Pattern.compile("id=\"mine-older\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"mine-older\"");

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    MobileFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MobileFixtures(api, mvc, grids, organization);
        // Other tests share this inspector and reset the clock: report after the newest of theirs, so that what
        // this test reports heads 我的上报 (newest first by report time).
        jdbc.sql("select max(reported_at) as newest from cases where reporter_id = ?").param(fixtures.inspectorId())
                .query((rs, n) -> org.urbangrid.platform.SqlTimes.fromDb(rs, "newest")).optional()
                .filter(java.util.Objects::nonNull).filter(newest -> !newest.isBefore(clock.instant()))
                .ifPresent(newest -> clock.set(newest.plus(Duration.ofMinutes(1))));
    }

    long report(String description) {
        var result = mvc.post().uri("/m/reports").multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", MobileFixtures.PNG))
                .param("latitude", "" + fixtures.own().latitude()).param("longitude", "" + fixtures.own().longitude())
                .param("conditionCode", "E0102-01").param("description", description)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .with(MobilePagesTest.INSPECTOR).with(csrf()).exchange();
        return MobileFixtures.id(MobileFixtures.ok(result, 201));
    }

    @Test
    void my_reports_show_my_own_cases_with_status_and_time_left_in_words() throws Exception {
        var reportedAt = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                .format(clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")));
        long mine = report("我的上报:路边垃圾 " + System.nanoTime());
        long assignedToMe = fixtures.verifyTask(); // reported by the operator, only sent to me to verify
        clock.advance(Duration.ofMinutes(5));
        var page = mvc.get().uri("/m/mine").with(MobilePagesTest.INSPECTOR).exchange();
        assertThat(page).hasStatusOk().hasHeader(MobilePages.OFFLINE_OWNER, "" + fixtures.inspectorId());
        var body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var ids = ids(body);
        assertThat(ids).contains(mine).doesNotContain(assignedToMe);
        assertThat(ids).allSatisfy(id -> assertThat(reporterOf(id)).isEqualTo(fixtures.inspectorId()));
        var row = body.substring(body.indexOf("/m/cases/" + mine + "\""));
        assertThat(row.substring(0, row.indexOf("</a>"))).contains("待受理", "暴露垃圾", "剩余 ", "分钟", "上报于 " + reportedAt);
        assertThat(body).contains("id=\"tab-mine\"", "id=\"my-waiting\"", "rel=\"manifest\"");
    }

    @Test
    void my_reports_speak_english() {
        report("English status " + System.nanoTime());
        assertThat(mvc.get().uri("/m/mine?lang=en").with(MobilePagesTest.INSPECTOR).exchange()).hasStatusOk().bodyText()
                .contains("My reports", "Reported", " left");
    }

    @Test
    void pages_follow_a_cursor_newest_first_without_gaps_or_repeats() throws Exception {
        var made = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            made.add(0, report("翻页测试 " + i + " " + System.nanoTime()));
        }
        var seen = new ArrayList<Long>();
        var uri = "/m/mine?size=2";
        int pages = 0;
        while (uri != null && pages++ < 200) {
            var body = mvc.get().uri(uri).with(MobilePagesTest.INSPECTOR).exchange().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            var ids = ids(body);
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            seen.addAll(ids);
            var older = OLDER.matcher(body);
            uri = older.find() ? (older.group(1) != null ? older.group(1) : older.group(2)).replace("&amp;", "&") : null;
        }
        assertThat(seen).doesNotHaveDuplicates();
        // other tests share this inspector and clock: the three just made keep their order, and the whole list
        // is newest first by report time (then id), as the index reads it
        assertThat(seen.stream().filter(made::contains).toList()).as("the three just made, newest first").isEqualTo(made);
        var reported = jdbc.sql("select id from cases where reporter_id = ? order by reported_at desc, id desc")
                .param(fixtures.inspectorId()).query(Long.class).list();
        assertThat(seen).as("newest first without gaps").isEqualTo(reported);
        assertThat(seen).hasSize((int) (long) jdbc.sql("select count(*) from cases where reporter_id = ?")
                .param(fixtures.inspectorId()).query(Long.class).single());
    }

    @Test
    void my_reports_are_for_inspectors_and_a_bad_cursor_is_a_4xx() {
        assertThat(mvc.get().uri("/m/mine").with(user("dispatcher").roles("DISPATCHER")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/m/mine").exchange()).hasStatus3xxRedirection().redirectedUrl().contains("/login");
        assertThat(mvc.get().uri("/m/mine?after=nonsense").with(MobilePagesTest.INSPECTOR).exchange()).hasStatus(400)
                .bodyText().contains("无法完成");
        assertThat(mvc.get().uri("/m/mine?size=0").with(MobilePagesTest.INSPECTOR).exchange()).hasStatus(400);
    }

    private long reporterOf(long id) {
        return jdbc.sql("select reporter_id from cases where id = ?").param(id).query(Long.class).single();
    }

    private static List<Long> ids(String body) {
        var ids = new ArrayList<Long>();
        var m = ROW.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
