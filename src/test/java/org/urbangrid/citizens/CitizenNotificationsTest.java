package org.urbangrid.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.citizens.CitizenFixtures.eventually;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Every public-facing move is told to the case's reporters and followers (SMS with a phone, a log notice without),
 * to the reporters of duplicates merged into it, and to the phones following its street or community; once each.
 */
class CitizenNotificationsTest extends IntegrationTest {

    @Autowired Grids grids;
    @Autowired JdbcClient jdbc;

    CitizenFixtures citizen;

    @BeforeEach
    void citizen() {
        citizen = new CitizenFixtures(mvc, api, grids, jdbc);
    }

    record Sent(String kind, String recipient, String body, String dedupeKey) {}

    private List<Sent> sentFor(long caseId) {
        return jdbc.sql("select kind, recipient, body, dedupe_key from notification where dedupe_key like ? order by id")
                .param("citizens:case-" + caseId + ":%")
                .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    @Test
    void reporters_followers_merged_reporters_and_area_followers_hear_of_each_public_change() {
        var community = grids.find(CitizenFixtures.GRID).orElseThrow().parentCode();
        var areaPhone = "1390000" + (System.nanoTime() % 10000 + 10000);
        assertThat(citizen.post("/public/follow", "area", community, "phone", areaPhone)).hasStatus3xxRedirection();

        var first = citizen.report().phone("13911110001").description("第一位市民").code();
        long main = citizen.caseOf(first);
        var second = citizen.report().description("第二位市民,同一堆垃圾").code(); // no phone: log notices
        long duplicate = citizen.caseOf(second);
        var number = (String) Api.read(api.get("leader", "/api/cases/{id}", main), "$.number");
        var follower = CitizenFixtures.codeOf(citizen.post("/public/report/follow", "case", number, "idempotencyKey",
                citizen.newKey(), "phone", "13911110003"));

        citizen.move("operator", duplicate, "merge", "{\"mainCaseId\":" + main + ",\"comment\":\"同一问题\"}");
        eventually(() -> !sentFor(duplicate).isEmpty());
        assertThat(sentFor(duplicate)).extracting(Sent::kind).contains("LOG");
        assertThat(sentFor(duplicate).get(0).body()).contains("已合并");

        citizen.handled(main, "已清运");
        eventually(() -> sentFor(main).stream().anyMatch(s -> s.body().contains("已清运")));
        var sent = sentFor(main);
        var toFirst = sent.stream().filter(s -> "13911110001".equals(s.recipient())).toList();
        var toFollower = sent.stream().filter(s -> "13911110003".equals(s.recipient())).toList();
        var toMerged = sent.stream().filter(s -> s.dedupeKey().endsWith(":report-" + reportId(second))).toList();
        var toArea = sent.stream().filter(s -> areaPhone.equals(s.recipient())).toList();
        for (var each : List.of(toFirst, toFollower, toMerged, toArea)) {
            assertThat(each).isNotEmpty();
            assertThat(each).anyMatch(s -> s.body().contains("已处置") && s.body().contains("已清运"));
        }
        assertThat(toFirst).allMatch(s -> s.kind().equals("SMS") && s.body().contains("/public/track/" + first));
        assertThat(toMerged).allMatch(s -> s.kind().equals("LOG") && s.recipient().startsWith("citizen-report-"));
        assertThat(toArea).allMatch(s -> s.kind().equals("SMS") && s.body().contains("/public/unfollow/"));
        // dispatch (立案→处置中) and the fix each told once to each recipient
        assertThat(toFirst).extracting(Sent::dedupeKey).doesNotHaveDuplicates();
        int before = sent.size();

        // the merged citizen's page shows the main case's progress
        var page = Api.body(mvc.get().uri("/public/track/{c}", second).exchange());
        assertThat(page).contains("id=\"merged-note\"", number, "已处置", "已清运");

        citizen.move("operator", main, "send-to-check", null); // no public change: 已处置 stays
        citizen.move("inspector", main, "check-pass", "{\"photoIds\":[\"" + citizen.photo("inspector") + "\"]}");
        citizen.move("shiftleader", main, "close", null);
        eventually(() -> sentFor(main).stream().anyMatch(s -> s.body().contains("已办结")));
        assertThat(sentFor(main).size() - before).isEqualTo(4); // the close, to each of the four
        assertThat(follower).isNotEqualTo(first);
    }

    private long reportId(String code) {
        return jdbc.sql("select id from citizen_report where tracking_code = ?").param(code).query(Long.class).single();
    }
}
