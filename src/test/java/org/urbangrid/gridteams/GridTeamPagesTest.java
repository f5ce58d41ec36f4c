package org.urbangrid.gridteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The grid-team console pages: who sees which forms, a person named through the form, a refused import's report on
 * the page, the letters page, and the chain-urge page's form as a leader, with the roles and streets refused.
 */
class GridTeamPagesTest extends IntegrationTest {

    static final String LEADER_QXL = "gt-page-leader-qxl";

    @Autowired
    Organization organization;

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void leader() {
        if (organization.staffByUsername(LEADER_QXL).isEmpty()) {
            organization.createStaff(new NewStaff(LEADER_QXL, "七贤岭领导", Api.DEMO_PASSWORD, Role.LEADER, null,
                    "210231004", null));
            organization.createStaff(new NewStaff("gt-page-leader-ls", "凌水领导", Api.DEMO_PASSWORD, Role.LEADER, null,
                    "210231001", null));
        }
    }

    static String html(MvcTestResult result) {
        return Api.body(result);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void administrators_see_every_form_a_street_leader_the_team_form_of_their_street_only() {
        var admin = mvc.get().uri("/console/grid-teams?community=210231001001").with(user("admin").roles("ADMIN")).exchange();
        assertThat(admin).hasStatusOk();
        assertThat(html(admin)).contains("id=\"assign-form\"", "id=\"import-form\"", "id=\"zone-new-form\"",
                "id=\"zone-LS-WQ01\"", "行政执法局", "id=\"grid-210231001001001\"");
        var street = mvc.get().uri("/console/grid-teams?community=210231004001").with(user(LEADER_QXL).roles("LEADER"))
                .exchange();
        assertThat(street).hasStatusOk();
        assertThat(html(street)).contains("id=\"assign-form\"").doesNotContain("id=\"import-form\"", "zone-new-form",
                "凌水街道");
        var centre = mvc.get().uri("/console/grid-teams?community=210231004001").with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(html(centre)).doesNotContain("id=\"assign-form\"", "id=\"end-");
        assertThat(mvc.get().uri("/console/grid-teams").with(user("dispatcher").roles("DISPATCHER")).exchange())
                .hasStatus(403);
        var english = mvc.get().uri("/console/grid-teams?community=210231001001&lang=en").with(user("admin").roles("ADMIN"))
                .exchange();
        assertThat(html(english)).contains("Grid keeper", "Zones");
    }

    @Test
    void a_person_named_through_the_form_is_on_the_page_and_a_bad_import_is_reported_row_by_row() {
        var posted = mvc.post().uri("/console/grid-teams/posts").with(user(LEADER_QXL).roles("LEADER")).with(csrf())
                .param("community", "210231004002").param("place", "210231004002060").param("duty", "GRID_KEEPER")
                .param("name", "表单守格人").param("phone", "13900000060").param("since", today().toString()).exchange();
        assertThat(posted).hasStatus3xxRedirection();
        var page = mvc.get().uri("/console/grid-teams?community=210231004002").with(user(LEADER_QXL).roles("LEADER"))
                .exchange();
        assertThat(html(page)).contains("表单守格人", "13900000060");

        var csv = "place,duty,name,since\n210231004002061,网格责任人,甲,%s\nnot-a-grid,网格责任人,乙,%s\n"
                .formatted(today(), today());
        var imported = mvc.post().uri("/console/grid-teams/import").multipart()
                .file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("community", "210231004002").with(user("admin").roles("ADMIN")).with(csrf()).exchange();
        assertThat(imported).hasStatus3xxRedirection();
        var report = mvc.get().uri("/console/grid-teams?community=210231004002")
                .flashAttrs(imported.getMvcResult().getFlashMap()).with(user("admin").roles("ADMIN")).exchange();
        assertThat(html(report)).contains("id=\"import-problems\"", "not-a-grid 不是单元网格编码", "导入未执行");
    }

    static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void a_scanned_letter_is_kept_through_the_photo_store_and_shown_to_readers_only() throws Exception {
        var created = api.post("admin", "/api/grid-teams/posts", """
                {"placeCode":"210231004002","duty":"CHAIN_STREET","name":"扫描件领导","since":"%s",
                 "letterSignedOn":"%s","letterEndsOn":"%s"}""".formatted(today(), today(), today().plusDays(20)));
        assertThat(created).hasStatus(201);
        long id = ((Number) Api.read(created, "$.id")).longValue();
        var refused = mvc.post().uri("/console/grid-teams/posts/{id}/scan", id).multipart()
                .file(new MockMultipartFile("file", "letter.txt", "text/plain", "not an image".getBytes()))
                .param("community", "210231004002").with(user("admin").roles("ADMIN")).with(csrf()).exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from gt_post where id = ? and letter_scan_id is null").param(id)
                .query(Long.class).single()).as("a refused scan changes nothing").isEqualTo(1);
        var stored = mvc.post().uri("/console/grid-teams/posts/{id}/scan", id).multipart()
                .file(new MockMultipartFile("file", "letter.png", "image/png", png()))
                .param("community", "210231004002").with(user("admin").roles("ADMIN")).with(csrf()).exchange();
        assertThat(stored).hasStatus3xxRedirection();
        var scan = mvc.get().uri("/console/grid-teams/posts/{id}/scan", id).with(user("leader").roles("LEADER")).exchange();
        assertThat(scan).hasStatusOk().hasContentType("image/png");
        assertThat(mvc.get().uri("/console/grid-teams/posts/{id}/scan", id).with(user("dispatcher").roles("DISPATCHER"))
                .exchange()).hasStatus(403);
        var letters = api.get("leader", "/api/grid-teams/letters");
        assertThat(Api.<java.util.List<String>>read(letters, "$[?(@.personName == '扫描件领导')].scanLink"))
                .containsExactly("/console/grid-teams/posts/" + id + "/scan");
    }

    @Test
    void the_letters_page_lists_the_demo_letters_to_renew() {
        var page = mvc.get().uri("/console/grid-teams/letters").with(user("leader").roles("LEADER")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(html(page)).contains("id=\"letter-table\"", "已到期", "区包街道", "网区包扶领导");
    }

    @Test
    void a_leader_urges_through_the_page_and_others_are_refused() {
        var point = grids.centroidOf("210231004002070");
        var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"description\":\"页面督办测试\"}",
                point.latitude(), point.longitude()));
        long id = ((Number) Api.read(result, "$.id")).longValue();
        var page = mvc.get().uri("/console/cases/{id}/chain", id).with(user(LEADER_QXL).roles("LEADER")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(html(page)).contains("id=\"urge-form\"", "网格责任人", "区包街道", "id=\"no-urges\"");
        var key = html(page).replaceAll("(?s).*name=\"key\" id=\"who-0\" value=\"([^\"]+)\".*", "$1");
        assertThat(key).matches("(keeper|team|chain|zone):\\d+");
        var urged = mvc.post().uri("/console/cases/{id}/chain", id).with(user(LEADER_QXL).roles("LEADER")).with(csrf())
                .param("key", key).param("message", "请尽快处理").param("answerBy", today().plusDays(3).toString())
                .exchange();
        assertThat(urged).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from gt_urge where case_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
        var after = mvc.get().uri("/console/cases/{id}/chain", id).with(user(LEADER_QXL).roles("LEADER")).exchange();
        assertThat(html(after)).contains("id=\"urge-table\"", "请尽快处理", "七贤岭领导");
        assertThat(mvc.get().uri("/console/cases/{id}/chain", id).with(user("admin").roles("ADMIN")).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/console/cases/{id}/chain", id).with(user("gt-page-leader-ls").roles("LEADER")).exchange())
                .as("a leader of another street does not see the case").hasStatus(404);
    }
}
