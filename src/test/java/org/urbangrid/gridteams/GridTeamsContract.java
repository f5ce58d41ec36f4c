package org.urbangrid.gridteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.WhoAnswers;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Grid teams on both databases: the duty source's answers per grid and per 网区 (and the demo's teams), posts
 * following each other by day, the import all or nothing, the letters to renew, who may edit and who may urge, and
 * the urge recorded and told through the outbox. Each test works on grids of its own.
 */
abstract class GridTeamsContract extends IntegrationTest {

    /** A leader of 凌水街道 (edits its teams, urges on its cases) and one of 软件园地区. */
    static final String LEADER_LS = "gt-leader-ls";
    static final String LEADER_RJY = "gt-leader-rjy";

    @Autowired
    WhoAnswers who;

    @Autowired
    GridTeams teams;

    @Autowired
    Organization organization;

    @Autowired
    Grids grids;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void leaders() {
        if (organization.staffByUsername(LEADER_LS).isEmpty()) {
            organization.createStaff(new NewStaff(LEADER_LS, "凌水街道领导", Api.DEMO_PASSWORD, Role.LEADER, null,
                    "210231001", null));
            organization.createStaff(new NewStaff(LEADER_RJY, "软件园领导", Api.DEMO_PASSWORD, Role.LEADER, null,
                    "210231003", null));
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
    }

    MvcTestResult assign(String user, String place, Duty duty, String name, String phone, LocalDate since,
            LocalDate letterSigned, LocalDate letterEnds) {
        var json = new StringBuilder("{\"placeCode\":\"%s\",\"duty\":\"%s\",\"name\":\"%s\",\"since\":\"%s\""
                .formatted(place, duty, name, since));
        if (phone != null) {
            json.append(",\"phone\":\"").append(phone).append('"');
        }
        if (letterSigned != null) {
            json.append(",\"letterSignedOn\":\"%s\",\"letterEndsOn\":\"%s\"".formatted(letterSigned, letterEnds));
        }
        return api.post(user, "/api/grid-teams/posts", json.append('}').toString());
    }

    Post assigned(String place, Duty duty, String name, String phone) {
        var result = assign("admin", place, duty, name, phone, today(), null, null);
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return teams.person(((Number) Api.read(result, "$.person.id")).longValue())
                .map(p -> new Post(((Number) Api.read(result, "$.id")).longValue(), place, duty, p, today(), null, null,
                        null, null))
                .orElseThrow();
    }

    List<Answerable> at(String grid) {
        return who.at(Where.grid(grid));
    }

    static List<Answerable> of(List<Answerable> all, Duty duty) {
        return all.stream().filter(a -> a.duty() == duty).toList();
    }

    void signedIn(String username) {
        var staff = StaffPrincipal.of(organization.staffByUsername(username).orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(staff, null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(staff.role().authority()))));
    }

    // the source's answers

    @Test
    void every_demo_grid_has_a_keeper_a_four_person_team_and_the_chain_above_it() {
        for (var grid : List.of("210231002003005", "210231004001001", "210231003004030")) {
            var here = at(grid);
            for (var duty : List.of(Duty.GRID_KEEPER, Duty.TEAM_COMMUNITY_WORKER, Duty.TEAM_ENFORCEMENT,
                    Duty.TEAM_POLICE, Duty.TEAM_SANITATION, Duty.CHAIN_COMMUNITY, Duty.CHAIN_STREET,
                    Duty.CHAIN_DISTRICT)) {
                assertThat(of(here, duty)).as(grid + " " + duty).hasSize(1);
            }
            assertThat(of(here, Duty.CHAIN_STREET).get(0).placeId()).isEqualTo(grid.substring(0, 12));
            assertThat(of(here, Duty.CHAIN_DISTRICT).get(0).placeId()).isEqualTo(grid.substring(0, 9));
            assertThat(here).extracting(Answerable::duty).isSorted();
        }
        // a keeper keeps three neighbouring grids under one key
        var first = of(at("210231002003001"), Duty.GRID_KEEPER).get(0);
        assertThat(of(at("210231002003003"), Duty.GRID_KEEPER).get(0).key()).isEqualTo(first.key()).startsWith("keeper:");
        assertThat(of(at("210231002003004"), Duty.GRID_KEEPER).get(0).key()).isNotEqualTo(first.key());
        // seed 003's 11 网区 of 3 grids in 凌水社区, each with its 督导单位 and 包扶 leader
        var zoned = at("210231001001004");
        assertThat(of(zoned, Duty.ZONE_SUPERVISOR)).singleElement().satisfies(a -> {
            assertThat(a.placeId()).isEqualTo("LS-WQ02");
            assertThat(a.name()).isEqualTo("行政执法局");
        });
        assertThat(of(zoned, Duty.ZONE_LEADER)).singleElement().satisfies(a -> assertThat(a.letterSignedOn()).isNotNull());
        assertThat(of(at("210231001001034"), Duty.ZONE_LEADER)).isEmpty();
    }

    @Test
    void a_person_keeping_two_grids_has_one_key_and_a_position_answers_as_its_grid() {
        var a = assigned("210231004004010", Duty.GRID_KEEPER, "测试守格人", "13900000010");
        assigned("210231004004011", Duty.GRID_KEEPER, "测试守格人", "13900000010");
        var police = assigned("210231004004010", Duty.TEAM_POLICE, "测试民警", null);
        var keeper = of(at("210231004004010"), Duty.GRID_KEEPER);
        assertThat(keeper).singleElement().satisfies(k -> {
            assertThat(k.key()).isEqualTo("keeper:" + a.person().id());
            assertThat(k.name()).isEqualTo("测试守格人");
            assertThat(k.phone()).isEqualTo("13900000010");
            assertThat(k.placeKind()).isEqualTo("UNIT_GRID");
        });
        assertThat(of(at("210231004004011"), Duty.GRID_KEEPER)).extracting(Answerable::key)
                .containsExactly("keeper:" + a.person().id());
        assertThat(of(at("210231004004010"), Duty.TEAM_POLICE)).extracting(Answerable::key, Answerable::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("team:" + police.person().id(), null));
        var point = grids.centroidOf("210231004004010");
        var withPosition = who.at(new Where(point.latitude(), point.longitude(), "210231004004010", "210231004004",
                "210231004"));
        assertThat(of(withPosition, Duty.GRID_KEEPER)).extracting(Answerable::key).containsExactly(keeper.get(0).key());
        assertThat(who.nameOf("keeper:" + a.person().id())).contains("测试守格人");
        assertThat(who.nameOf("team:" + police.person().id())).contains("测试民警");
        assertThat(who.nameOf("keeper:999999999")).isEmpty();
    }

    @Test
    void a_zone_answers_for_its_grids_only_and_a_grid_lies_in_one_zone() {
        signedIn("admin");
        var zone = teams.saveZone(null, new ZoneInput("T-ZONE-1", "测试网区", "210231004003",
                List.of("210231004003001", "210231004003002"), "测试督导局", "0411-12345678", "测试包扶领导", null,
                "区政府副区长", today().minusMonths(1), today().plusMonths(11)));
        assertThat(of(at("210231004003002"), Duty.ZONE_SUPERVISOR)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("测试督导局");
            assertThat(s.placeKind()).isEqualTo("ZONE");
            assertThat(s.placeName()).isEqualTo("测试网区");
            assertThat(s.key()).isEqualTo("zone:" + zone.supervisor().id());
        });
        assertThat(of(at("210231004003002"), Duty.ZONE_LEADER)).singleElement()
                .satisfies(l -> assertThat(l.letterEndsOn()).isEqualTo(today().plusMonths(11)));
        assertThat(of(at("210231004003003"), Duty.ZONE_SUPERVISOR)).isEmpty();
        // a grid of another zone, or of another community, is refused and nothing changes
        var other = org.assertj.core.api.Assertions.catchThrowableOfType(org.urbangrid.platform.UrbanGridException.class,
                () -> teams.saveZone(null, new ZoneInput("T-ZONE-2", "第二网区", "210231004003",
                        List.of("210231004003003", "210231004003001"), null, null, null, null, null, null, null)));
        assertThat(other.messageKey()).isEqualTo("gridteams.error.zone-grid-taken");
        var foreign = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.urbangrid.platform.UrbanGridException.class,
                () -> teams.saveZone(null, new ZoneInput("T-ZONE-3", "第三网区", "210231004003",
                        List.of("210231004002001"), null, null, null, null, null, null, null)));
        assertThat(foreign.messageKey()).isEqualTo("gridteams.error.zone-grid");
        assertThat(of(at("210231004003003"), Duty.ZONE_SUPERVISOR)).isEmpty();
        teams.deleteZone(zone.id());
        assertThat(of(at("210231004003002"), Duty.ZONE_SUPERVISOR)).isEmpty();
    }

    @Test
    void a_later_post_ends_the_earlier_one_the_day_before_and_the_index_follows_the_day() {
        var grid = "210231004004020";
        assigned(grid, Duty.TEAM_SANITATION, "测试保洁甲", null);
        var tomorrow = today().plusDays(1);
        assertThat(assign("admin", grid, Duty.TEAM_SANITATION, "测试保洁乙", null, tomorrow, null, null)).hasStatus(201);
        assertThat(of(at(grid), Duty.TEAM_SANITATION)).extracting(Answerable::name).containsExactly("测试保洁甲");
        clock.advance(Duration.ofDays(1));
        assertThat(of(at(grid), Duty.TEAM_SANITATION)).extracting(Answerable::name).containsExactly("测试保洁乙");
    }

    @Test
    void a_change_made_on_another_node_is_seen_once_its_version_moves() {
        var grid = "210231004004025";
        var first = assigned(grid, Duty.TEAM_ENFORCEMENT, "本节点队员", null);
        // What another node does: write the post and move the cache's version in the same transaction.
        jdbc.sql("update gt_post set until = ? where id = ?").params(java.sql.Date.valueOf(today().minusDays(1)),
                first.id()).update();
        assertThat(of(at(grid), Duty.TEAM_ENFORCEMENT)).as("not told yet").extracting(Answerable::name)
                .containsExactly("本节点队员");
        jdbc.sql("update cache_version set version = version + 1 where name = 'grid-teams'").update();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(of(at(grid), Duty.TEAM_ENFORCEMENT)).isEmpty());
    }

    // import

    MvcTestResult upload(String user, String name, byte[] content) {
        return mvc.post().uri("/api/grid-teams/import").multipart()
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
    }

    @Test
    void an_import_with_bad_rows_stores_nothing_and_reports_every_bad_row() {
        var csv = """
                place,duty,name,phone,organisation,username,since,until,letter_signed_on,letter_ends_on
                210231004004030,网格责任人,导入甲,13900000030,学苑社区居委会,,%1$s,,,
                210231999004031,GRID_KEEPER,导入乙,,,,%1$s,,,
                210231004004030,TEAM_POLICE,导入丙,,公安分局,,%1$s,,,
                210231004004031,网格责任人,导入丁,12,,,2026-13-01,,,
                210231004004,区包街道,导入戊,,,,%1$s,,,
                """.formatted(today());
        var refused = upload("admin", "teams.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused).hasStatus(422);
        List<Integer> lines = Api.read(refused, "$.problems[*].line");
        assertThat(lines).containsExactly(3, 5, 5, 6);
        assertThat(Api.<List<String>>read(refused, "$.problems[*].column")).containsExactly("place", "since",
                "phone", "place");
        assertThat(Api.<Integer>read(refused, "$.stored")).isZero();
        assertThat(of(at("210231004004030"), Duty.GRID_KEEPER)).extracting(Answerable::name).doesNotContain("导入甲");

        var good = """
                place,duty,name,phone,organisation,username,since,until,letter_signed_on,letter_ends_on
                210231004004030,网格责任人,导入甲,13900000030,学苑社区居委会,,%1$s,,,
                210231004004031,网格责任人,导入甲,13900000030,学苑社区居委会,,%1$s,,,
                210231004004030,TEAM_POLICE,"导入丙",,"公安分局, 学苑警务室",,%1$s,,,
                """.formatted(today());
        var stored = upload("admin", "teams.csv", ("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
        assertThat(stored).as(Api.body(stored)).hasStatusOk();
        assertThat(Api.<Integer>read(stored, "$.stored")).isEqualTo(3);
        assertThat(of(at("210231004004030"), Duty.GRID_KEEPER)).as("the demo's keeper ended the day before")
                .extracting(Answerable::name).containsExactly("导入甲");
        var keeper = of(at("210231004004030"), Duty.GRID_KEEPER).get(0);
        assertThat(of(at("210231004004031"), Duty.GRID_KEEPER).get(0).key()).isEqualTo(keeper.key());
        assertThat(of(at("210231004004030"), Duty.TEAM_POLICE).get(0).organisation()).isEqualTo("公安分局, 学苑警务室");
    }

    @Test
    void an_excel_file_imports_like_a_csv() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var book = new XSSFWorkbook()) {
            var sheet = book.createSheet("posts");
            var header = sheet.createRow(0);
            var columns = List.of("place", "duty", "name", "phone", "since");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("210231004004040");
            row.createCell(1).setCellValue("社区网格员");
            row.createCell(2).setCellValue("表格导入");
            row.createCell(3).setCellValue("13900000040");
            var date = row.createCell(4);
            date.setCellValue(today().atStartOfDay());
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            book.write(out);
        }
        var result = upload("admin", "teams.xlsx", out.toByteArray());
        assertThat(result).as(Api.body(result)).hasStatusOk();
        assertThat(of(at("210231004004040"), Duty.TEAM_COMMUNITY_WORKER)).extracting(Answerable::name)
                .containsExactly("表格导入");
    }

    // letters

    @Test
    void letters_ending_within_30_days_and_ended_are_listed_for_renewal() {
        var signed = today().minusMonths(11);
        assertThat(assign("admin", "210231004002", Duty.CHAIN_STREET, "信函十天", null, today(), signed,
                today().plusDays(10))).hasStatus(201);
        assertThat(assign("admin", "210231004002050", Duty.CHAIN_COMMUNITY, "信函已过", null, today(), signed,
                today().minusDays(1))).hasStatus(201);
        assertThat(assign("admin", "210231004002051", Duty.CHAIN_COMMUNITY, "信函四十天", null, today(), signed,
                today().plusDays(40))).hasStatus(201);
        var letters = api.get("admin", "/api/grid-teams/letters");
        assertThat(letters).hasStatusOk();
        List<Map<String, Object>> listed = Api.read(letters, "$[?(@.personName =~ /信函.*/)]");
        assertThat(listed).extracting(l -> l.get("personName"), l -> l.get("expired"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("信函已过", true),
                        org.assertj.core.groups.Tuple.tuple("信函十天", false));
        clock.advance(Duration.ofDays(15));
        List<Map<String, Object>> later = Api.read(api.get("admin", "/api/grid-teams/letters"),
                "$[?(@.personName =~ /信函.*/)]");
        assertThat(later).extracting(l -> l.get("personName"), l -> l.get("expired"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("信函已过", true),
                        org.assertj.core.groups.Tuple.tuple("信函十天", true),
                        org.assertj.core.groups.Tuple.tuple("信函四十天", false));
        // the letter is on the duty answer too
        assertThat(of(at("210231004002050"), Duty.CHAIN_COMMUNITY).get(0).letterExpired(today())).isTrue();
    }

    // who may edit

    @Test
    void administrators_edit_everything_street_leaders_only_their_streets_teams_others_nothing() {
        assertThat(assign(LEADER_LS, "210231001003010", Duty.GRID_KEEPER, "街道改甲", null, today(), null, null))
                .hasStatus(201);
        assertThat(assign(LEADER_LS, "210231002003010", Duty.GRID_KEEPER, "街道改乙", null, today(), null, null))
                .hasStatus(403);
        assertThat(assign(LEADER_LS, "210231001003", Duty.CHAIN_STREET, "街道改丙", null, today(), null, null))
                .hasStatus(403);
        assertThat(assign("leader", "210231001003011", Duty.GRID_KEEPER, "全区领导", null, today(), null, null))
                .as("a leader without a street reads but does not edit").hasStatus(403);
        assertThat(assign("dispatcher", "210231001003011", Duty.GRID_KEEPER, "派遣员", null, today(), null, null))
                .hasStatus(403);
        assertThat(api.get("inspector", "/api/grid-teams/letters")).hasStatus(403);
        assertThat(api.get("leader", "/api/grid-teams/communities/210231001003")).hasStatusOk();
        assertThat(api.get(LEADER_LS, "/api/grid-teams/communities/210231001003")).hasStatusOk();
        assertThat(api.get(LEADER_LS, "/api/grid-teams/communities/210231002003"))
                .as("phones of another street's teams").hasStatus(403);
        assertThat(upload(LEADER_LS, "x.csv", "place,duty,name\n".getBytes(StandardCharsets.UTF_8))).hasStatus(403);
        assertThat(of(at("210231002003010"), Duty.GRID_KEEPER)).extracting(Answerable::name).doesNotContain("街道改乙");
        assertThat(of(at("210231001003010"), Duty.GRID_KEEPER)).extracting(Answerable::name).containsExactly("街道改甲");
        // a bad input names its field and changes nothing
        var bad = assign("admin", "210231001003", Duty.GRID_KEEPER, "错层", null, today(), null, null);
        assertThat(bad).hasStatus(400);
        assertThat(Api.<String>read(bad, "$.field")).isEqualTo("place");
        var audit = jdbc.sql("select count(*) from audit_log where area = 'gridteams' and subject = ?")
                .param("210231001003010 GRID_KEEPER").query(Long.class).single();
        assertThat(audit).isEqualTo(1);
    }

    // urging along the chain

    long hotlineCase(String grid) {
        var point = grids.centroidOf(grid);
        var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"description\":\"%s\"}",
                point.latitude(), point.longitude(), "沿责任链督办测试:垃圾无人清运"));
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    @Test
    void a_leader_urges_people_answerable_at_the_case_and_each_is_told_by_sms_or_log() {
        var grid = "210231001004020";
        var keeper = assigned(grid, Duty.GRID_KEEPER, "督办守格人", "13900000020");
        var sweeper = assigned(grid, Duty.TEAM_SANITATION, "督办保洁员", null);
        long caseId = hotlineCase(grid);

        var listed = api.get("leader", "/api/cases/{id}/chain", caseId);
        assertThat(listed).hasStatusOk();
        assertThat(Api.<List<String>>read(listed, "$[*].key")).contains(keeper.key(), sweeper.key());

        var body = "{\"keys\":[\"%s\",\"%s\"],\"message\":\"请今天清运\",\"answerBy\":\"%s\"}"
                .formatted(keeper.key(), sweeper.key(), today().plusDays(2));
        var urged = api.post("leader", "/api/cases/{id}/chain-urges", body, caseId);
        assertThat(urged).as(Api.body(urged)).hasStatus(201);
        List<Integer> ids = Api.read(urged, "$[*].id");
        assertThat(ids).hasSize(2);
        var messages = jdbc.sql("select kind, recipient, body from notification where dedupe_key in (?, ?) order by kind")
                .params("gridteams:urge-" + ids.get(0), "gridteams:urge-" + ids.get(1))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(messages).hasSize(2);
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get(0)).isEqualTo("SMS");
            assertThat(m.get(1)).isEqualTo("13900000020");
            assertThat(m.get(2)).contains("请今天清运", today().plusDays(2).toString());
        });
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get(0)).isEqualTo("LOG");
            assertThat(m.get(1)).contains("督办保洁员", sweeper.key());
        });
        var read = api.get("leader", "/api/cases/{id}/chain-urges", caseId);
        assertThat(Api.<List<String>>read(read, "$[*].personKey")).containsExactlyInAnyOrder(keeper.key(), sweeper.key());
        assertThat(Api.<List<String>>read(read, "$[*].urgedByName")).containsOnly("吴主任");
        assertThat(Api.<List<Object>>read(read, "$[*].notificationId")).doesNotContainNull();
    }

    @Test
    void only_leaders_who_see_the_case_urge_and_a_bad_urge_stores_nothing() {
        var grid = "210231001004021";
        var keeper = assigned(grid, Duty.GRID_KEEPER, "范围守格人", "13900000021");
        long caseId = hotlineCase(grid);
        var body = "{\"keys\":[\"%s\"],\"message\":\"请处理\",\"answerBy\":\"%s\"}".formatted(keeper.key(),
                today().plusDays(1));
        assertThat(api.post(LEADER_RJY, "/api/cases/{id}/chain-urges", body, caseId))
                .as("a leader of another street does not see the case").hasStatus(404);
        assertThat(api.get(LEADER_RJY, "/api/cases/{id}/chain-urges", caseId)).hasStatus(404);
        assertThat(api.post("dispatcher", "/api/cases/{id}/chain-urges", body, caseId)).hasStatus(403);
        var notHere = api.post("leader", "/api/cases/{id}/chain-urges",
                "{\"keys\":[\"keeper:999999999\"],\"message\":\"请处理\",\"answerBy\":\"%s\"}".formatted(today()), caseId);
        assertThat(notHere).hasStatus(400);
        assertThat(Api.<String>read(notHere, "$.field")).isEqualTo("keys");
        var late = api.post("leader", "/api/cases/{id}/chain-urges",
                "{\"keys\":[\"%s\"],\"message\":\"请处理\",\"answerBy\":\"%s\"}".formatted(keeper.key(),
                        today().minusDays(1)), caseId);
        assertThat(late).hasStatus(400);
        assertThat(Api.<String>read(late, "$.field")).isEqualTo("answerBy");
        var empty = api.post("leader", "/api/cases/{id}/chain-urges",
                "{\"keys\":[\"%s\"],\"message\":\"  \",\"answerBy\":\"%s\"}".formatted(keeper.key(), today()), caseId);
        assertThat(Api.<String>read(empty, "$.field")).isEqualTo("message");
        assertThat(jdbc.sql("select count(*) from gt_urge where case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        assertThat(api.post(LEADER_LS, "/api/cases/{id}/chain-urges", body, caseId))
                .as("the street's own leader urges").hasStatus(201);
        assertThat(jdbc.sql("select count(*) from gt_urge where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(1);
    }
}
