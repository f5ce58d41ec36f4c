package org.urbangrid.chiefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.WhoAnswers;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Road and river chiefs on both databases: matching at the edge and near two segments, the import's all-or-nothing
 * report, the chiefs' scopes, a patrol with its track and a finding reported straight to the centre, idempotent
 * resends, and coverage.
 */
abstract class ChiefsContract extends IntegrationTest {

    static final RequestPostProcessor ROADCHIEF = user("roadchief").roles("HANDLER");
    static final RequestPostProcessor DISPATCHER = user("dispatcher").roles("DISPATCHER");

    @Autowired
    Chiefs chiefs;

    @Autowired
    PatrolCoverage coverage;

    @Autowired
    List<org.urbangrid.assessment.ExternalScores> externalScores;

    @Autowired
    WhoAnswers whoAnswers;

    @Autowired
    Grids grids;

    @Autowired
    GridLocator locator;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    /** A district point well inside, away from the demo's segments: the centre of a unit grid of 龙王塘街道. */
    double[] quietPoint() {
        var grid = grids.ofLevel(org.urbangrid.grid.GridLevel.UNIT).stream()
                .filter(g -> g.code().startsWith("210231002")).skip(40).findFirst().orElseThrow();
        var c = grids.centroidOf(grid.code());
        return new double[] {c.latitude(), c.longitude()};
    }

    /** Metres per degree of latitude as {@link Shapes#distanceMetres} measures them. */
    static double metresPerDegreeLat(double lat, double lng) {
        var line = Shapes.fromWkt(String.format(Locale.ROOT, "LINESTRING (%f %f, %f %f)", lng - 0.001, lat, lng + 0.001, lat));
        return Shapes.distanceMetres(line, lat + 0.001, lng) / 0.001;
    }

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String feature(String code, String name, String kind, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\""
                + kind + "\"},\"geometry\":" + geometry + "}";
    }

    static String line(double lat, double lng1, double lng2) {
        return String.format(Locale.ROOT, "{\"type\":\"LineString\",\"coordinates\":[[%.7f,%.7f],[%.7f,%.7f]]}", lng1, lat,
                lng2, lat);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    Segment importOne(String code, String kind, String geometry) {
        var result = mvc.post().uri("/api/chiefs/segments/import").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + api.token("admin"))
                .content(collection(feature(code, "测试路 " + code, kind, geometry))).exchange();
        assertThat(result).hasStatus(201);
        return chiefs.segments().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    Segment demo(String code) {
        return chiefs.segments().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    long staffId(String username) {
        return organization.staffByUsername(username).orElseThrow().id();
    }

    void assign(Segment segment, String username, String level) {
        var json = "{\"segmentId\":" + segment.id() + ",\"staffId\":" + staffId(username) + ",\"level\":\"" + level
                + "\",\"since\":\"2020-01-01\"}";
        assertThat(api.post("admin", "/api/chiefs/assignments", json)).hasStatus(201);
    }

    // ---------- matching ----------

    @Test
    void a_case_exactly_at_the_distance_belongs_to_the_segment_and_one_just_outside_does_not() {
        var p = quietPoint();
        var segment = importOne(code("EDGE"), "ROAD", line(p[0], p[1] - 0.002, p[1] + 0.002));
        assertThat(segment.matchDistanceMetres()).isEqualTo(30);
        double k = metresPerDegreeLat(p[0], p[1]);
        assertThat(ids(chiefs.matches(p[0] + 30 / k, p[1]))).contains(segment.id());
        assertThat(ids(chiefs.matches(p[0] + 30.05 / k, p[1]))).doesNotContain(segment.id());
        assertThat(ids(chiefs.matches(p[0] - 29 / k, p[1]))).contains(segment.id());
        // past the line's end: the distance is to the end point
        assertThat(ids(chiefs.matches(p[0], p[1] + 0.002 + 25 / (k * Math.cos(Math.toRadians(p[0])))))).contains(segment.id());
        assertThat(ids(chiefs.matches(p[0], p[1] + 0.002 + 35 / (k * Math.cos(Math.toRadians(p[0])))))).doesNotContain(segment.id());
    }

    @Test
    void a_river_reach_takes_the_river_default_and_a_segment_may_name_its_own_distance() {
        var p = quietPoint();
        double k = metresPerDegreeLat(p[0], p[1]);
        var river = importOne(code("RIV"), "RIVER", line(p[0] + 300 / k, p[1] - 0.002, p[1] + 0.002));
        assertThat(river.matchDistanceMetres()).isEqualTo(50);
        assertThat(ids(chiefs.matches(p[0] + 345 / k, p[1]))).contains(river.id());
        var code = code("OWN");
        var body = collection("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"自定\","
                + "\"distance\":\"10\"},\"geometry\":" + line(p[0] + 600 / k, p[1] - 0.002, p[1] + 0.002) + "}");
        assertThat(mvc.post().uri("/api/chiefs/segments/import").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + api.token("admin")).content(body).exchange()).hasStatus(201);
        var own = chiefs.segments().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        assertThat(own.matchDistanceMetres()).isEqualTo(10);
        assertThat(ids(chiefs.matches(p[0] + 615 / k, p[1]))).doesNotContain(own.id());
    }

    /** The rule: a point near two segments belongs to both; the nearer is primary; who answers lists both chiefs. */
    @Test
    void a_point_near_two_segments_belongs_to_both_and_the_nearest_is_primary() {
        var p = quietPoint();
        double k = metresPerDegreeLat(p[0], p[1]);
        double base = p[0] - 800 / k;
        var a = importOne(code("TWO-A"), "ROAD", line(base, p[1] - 0.002, p[1] + 0.002));
        var b = importOne(code("TWO-B"), "ROAD", line(base + 40 / k, p[1] - 0.002, p[1] + 0.002));
        assign(a, "handler-cgj", "COMMUNITY");
        assign(b, "handler-szyl", "COMMUNITY");
        var matches = chiefs.matches(base + 25 / k, p[1]);
        assertThat(ids(matches)).containsExactly(b.id(), a.id());
        assertThat(matches.get(0).primary()).isTrue();
        assertThat(matches.get(1).primary()).isFalse();
        var location = locator.locate(base + 25 / k, p[1]);
        var here = whoAnswers.at(new Where(base + 25 / k, p[1], location.unitGridCode(), location.communityCode(),
                location.streetCode()));
        var chiefsHere = here.stream().filter(x -> x.duty() == Duty.CHIEF_COMMUNITY).toList();
        assertThat(chiefsHere).extracting(x -> x.key()).contains("chief:" + staffId("handler-szyl"),
                "chief:" + staffId("handler-cgj"));
        assertThat(chiefsHere.get(0).placeId()).isEqualTo(String.valueOf(b.id()));
        assertThat(chiefsHere).allMatch(x -> x.placeKind().equals("ROAD"));
        assertThat(whoAnswers.nameOf("segment:" + a.id())).contains(a.name());
        assertThat(whoAnswers.nameOf("chief:" + staffId("handler-cgj")))
                .contains(organization.staffByUsername("handler-cgj").orElseThrow().displayName());
        // the grid map asks about a whole unit grid: the segments crossing it
        var gridWide = whoAnswers.at(Where.grid(location.unitGridCode()));
        assertThat(gridWide).extracting(x -> x.placeId()).contains(String.valueOf(a.id()));
    }

    // ---------- import ----------

    @Test
    void an_import_with_any_bad_feature_stores_none_and_names_every_bad_one() {
        var p = quietPoint();
        int before = chiefs.segments().size();
        var good = code("OK");
        var dup = code("DUP");
        var body = collection(
                feature(good, "好的", "ROAD", line(p[0], p[1], p[1] + 0.001)),
                feature(code("PT"), "点", "ROAD", String.format(Locale.ROOT,
                        "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", p[1], p[0])),
                feature(dup, "一", "ROAD", line(p[0] + 0.0005, p[1], p[1] + 0.001)),
                feature(dup, "二", "ROAD", line(p[0] + 0.0007, p[1], p[1] + 0.001)),
                feature(code("FAR"), "远", "ROAD", line(10, 100, 100.01)),
                feature(code("ZERO"), "零", "ROAD", line(p[0], p[1], p[1])),
                feature(code("KIND"), "种类", "LAKE", line(p[0] + 0.0009, p[1], p[1] + 0.001)),
                feature("bad code!", "编码", "ROAD", line(p[0] + 0.0011, p[1], p[1] + 0.001)));
        var result = mvc.post().uri("/api/chiefs/segments/import").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + api.token("admin")).content(body).exchange();
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.problems[*].index").isEqualTo(List.of(1, 3, 4, 5, 6, 7));
        assertThat(result).bodyJson().extractingPath("$.problems[*].reason").isEqualTo(List.of(
                "chiefs.import.not-a-line", "chiefs.import.duplicate-code", "chiefs.import.outside-district",
                "chiefs.import.zero-length", "chiefs.import.bad-kind", "chiefs.import.bad-code"));
        assertThat(chiefs.segments()).hasSize(before);
        assertThat(chiefs.segments()).noneMatch(s -> s.code().equals(good));
        // the same import is refused to anyone but an administrator
        assertThat(mvc.post().uri("/api/chiefs/segments/import").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + api.token("leader")).content(body).exchange()).hasStatus(403);
    }

    @Test
    void an_import_is_audited() {
        var p = quietPoint();
        var c = code("AUD");
        importOne(c, "ROAD", line(p[0] - 0.002, p[1], p[1] + 0.001));
        assertThat(jdbc.sql("select count(*) from audit_log where area = 'chiefs' and action = 'import-segments' "
                + "and after_json like ?").param("%" + c + "%").query(Long.class).single()).isEqualTo(1);
    }

    // ---------- scopes ----------

    @Test
    void a_chief_sees_only_their_segments_and_a_non_chief_is_refused() {
        var page = mvc.get().uri("/m/patrol").with(ROADCHIEF).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("patrol-segment-LD-HPL-W").contains("patrol-segment-LD-LGL")
                .doesNotContain("patrol-segment-LD-QXL");
        assertThat(mvc.get().uri("/m/patrol/segments/{id}", demo("LD-HPL-W").id()).with(ROADCHIEF).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/m/patrol/segments/{id}", demo("LD-QXL").id()).with(ROADCHIEF).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/m/patrol/api/segments/{id}/cases", demo("LD-QXL").id()).with(ROADCHIEF).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/m/patrol").with(DISPATCHER).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/m/patrol/api/segments/{id}/cases", demo("LD-HPL-W").id()).with(DISPATCHER)
                .exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(demo("LD-HPL-W").id()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).with(DISPATCHER).with(csrf()).exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(demo("LD-QXL").id()))
                .header("Idempotency-Key", UUID.randomUUID().toString()).with(ROADCHIEF).with(csrf()).exchange())
                .hasStatus(403);
    }

    // ---------- a patrol ----------

    @Test
    void a_patrol_with_its_track_and_a_finding_reported_straight_to_the_centre() {
        var segment = demo("LD-HPL-W");
        var patrolKey = UUID.randomUUID().toString();
        var now = clock.instant();
        var started = mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .param("startedAt", now.minus(Duration.ofMinutes(20)).toString())
                .header("Idempotency-Key", patrolKey).with(ROADCHIEF).with(csrf()).exchange();
        assertThat(started).hasStatus(201);
        var again = mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .header("Idempotency-Key", patrolKey).with(ROADCHIEF).with(csrf()).exchange();
        assertThat(again).hasStatus(200).hasHeader("Idempotent-Replayed", "true");

        var start = segment.line().getCoordinates()[0];
        var points = "[" + String.join(",", List.of(
                point(now.minus(Duration.ofMinutes(19)), start.y, start.x),
                point(now.minus(Duration.ofMinutes(18)), start.y + 0.0001, start.x + 0.0002))) + "]";
        for (int i = 0; i < 2; i++) { // the outbox resends a batch whose answer it never saw
            var sent = mvc.post().uri("/m/patrol/api/patrols/{k}/points", patrolKey).param("points", points)
                    .header("Idempotency-Key", "batch-1").with(ROADCHIEF).with(csrf()).exchange();
            assertThat(sent).hasStatusOk();
            assertThat(sent).bodyJson().extractingPath("$.points").isEqualTo(2);
        }
        var findingKey = UUID.randomUUID().toString();
        var finding = finding(patrolKey, findingKey, start.y, start.x);
        assertThat(finding).hasStatus(201);
        long caseId = ((Number) Api.read(finding, "$.id")).longValue();
        var replay = finding(patrolKey, findingKey, start.y, start.x);
        assertThat(replay).hasStatus(200).hasHeader("Idempotent-Replayed", "true");
        assertThat(((Number) Api.read(replay, "$.id")).longValue()).isEqualTo(caseId);
        assertThat(jdbc.sql("select count(*) from chief_finding where client_key = ?").param(findingKey)
                .query(Long.class).single()).isEqualTo(1);

        // the case is the chief's direct report, in the centre's queue, and accepted without verification
        var view = api.get("operator", "/api/cases/{id}", caseId);
        assertThat(view).hasStatusOk();
        assertThat(view).bodyJson().extractingPath("$.source").isEqualTo("CHIEF");
        assertThat(view).bodyJson().extractingPath("$.status").isEqualTo("REPORTED");
        assertThat(view).bodyJson().extractingPath("$.movesAllowedNow").asArray().contains("ACCEPT");
        assertThat(api.post("operator", "/api/cases/{id}/accept", null, caseId)).hasStatusOk();
        // linked to the segment after the report committed (the listener runs on its own thread), and listed on the
        // chief's segment
        linked(caseId, 1);
        assertThat(jdbc.sql("select count(*) from chief_case_link where case_id = ? and segment_id = ?")
                .params(caseId, segment.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/m/patrol/api/segments/{id}/cases", segment.id()).with(ROADCHIEF).exchange())
                .bodyJson().extractingPath("$[*].id").asArray().contains((int) caseId);

        var ended = mvc.post().uri("/m/patrol/api/patrols/{k}/end", patrolKey).with(ROADCHIEF).with(csrf()).exchange();
        assertThat(ended).hasStatusOk();
        assertThat(ended).bodyJson().extractingPath("$.endedAt").isNotNull();
        assertThat(ended).bodyJson().extractingPath("$.findings").isEqualTo(1);
    }

    @Test
    void a_finding_away_from_the_chiefs_segments_is_refused_and_keeps_nothing() {
        var segment = demo("LD-HPL-W");
        var patrolKey = UUID.randomUUID().toString();
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .header("Idempotency-Key", patrolKey).with(ROADCHIEF).with(csrf()).exchange()).hasStatus(201);
        var far = quietPoint();
        long cases = jdbc.sql("select count(*) from cases").query(Long.class).single();
        assertThat(finding(patrolKey, UUID.randomUUID().toString(), far[0], far[1])).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(cases);
        // and a staff member who is no chief cannot report as one through the case API either
        var json = String.format(Locale.ROOT, "{\"source\":\"CHIEF\",\"latitude\":%f,\"longitude\":%f,"
                + "\"conditionCode\":\"E0102-01\",\"description\":\"x\"}", far[0], far[1]);
        assertThat(api.post("leader", "/api/cases", json)).hasStatus(403);
    }

    @Test
    void a_problem_fixed_on_the_spot_is_closed_at_once_and_kept_as_the_patrols_finding() {
        var segment = demo("LD-LGL");
        var patrolKey = UUID.randomUUID().toString();
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .header("Idempotency-Key", patrolKey).with(ROADCHIEF).with(csrf()).exchange()).hasStatus(201);
        var at = segment.line().getCoordinates()[0];
        var key = UUID.randomUUID().toString();
        var fixed = mvc.post().uri("/m/patrol/api/patrols/{k}/findings", patrolKey).multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", org.urbangrid.attachments.TestImages.png()))
                .param("latitude", Double.toString(at.y)).param("longitude", Double.toString(at.x))
                .param("conditionCode", "E0102-01").param("description", "当场清理了路边垃圾").param("onSpot", "true")
                .header("Idempotency-Key", key).with(ROADCHIEF).with(csrf()).exchange();
        assertThat(fixed).hasStatus(201);
        assertThat(fixed).bodyJson().extractingPath("$.status").isEqualTo("CLOSED");
        long caseId = ((Number) Api.read(fixed, "$.id")).longValue();
        assertThat(jdbc.sql("select kind from chief_finding where client_key = ?").param(key).query(String.class)
                .single()).isEqualTo("ON_SPOT");
        linked(caseId, 1);
    }

    @Test
    void an_administrator_sets_a_segments_own_distance_and_matching_follows() {
        var p = quietPoint();
        double k = metresPerDegreeLat(p[0], p[1]);
        var segment = importOne(code("DIST"), "ROAD", line(p[0] + 1500 / k, p[1] - 0.002, p[1] + 0.002));
        assertThat(ids(chiefs.matches(p[0] + 1520 / k, p[1]))).contains(segment.id());
        var admin = user("admin").roles("ADMIN");
        assertThat(mvc.post().uri("/admin/chiefs/segments/{id}/distance", segment.id()).param("distance", "abc")
                .with(admin).with(csrf()).exchange()).hasStatus(400);
        assertThat(mvc.post().uri("/admin/chiefs/segments/{id}/distance", segment.id()).param("distance", "10")
                .with(DISPATCHER).with(csrf()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/chiefs/segments/{id}/distance", segment.id()).param("distance", "10")
                .with(admin).with(csrf()).exchange()).hasStatus(302);
        assertThat(chiefs.requireSegment(segment.id()).matchDistanceMetres()).isEqualTo(10);
        assertThat(ids(chiefs.matches(p[0] + 1520 / k, p[1]))).doesNotContain(segment.id());
        assertThat(jdbc.sql("select count(*) from audit_log where area = 'chiefs' and action = 'set-distance' "
                + "and subject = ?").param(segment.code()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/admin/chiefs/segments/{id}", segment.id()).with(admin).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/admin/chiefs").with(admin).exchange()).hasStatusOk().bodyText()
                .contains(segment.code());
    }

    /** A repeat: the same class within 50 m and 30 days after an earlier case on the segment. */
    @Test
    void a_case_of_the_same_class_near_an_earlier_one_is_a_repeat() {
        var p = quietPoint();
        double k = metresPerDegreeLat(p[0], p[1]);
        double lat = p[0] + 450 / k; // between the river test's reach and the own-distance segment
        var segment = importOne(code("REP"), "ROAD", line(lat, p[1] - 0.002, p[1] + 0.002));
        assign(segment, "roadchief", "COMMUNITY");
        var key = UUID.randomUUID().toString();
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .header("Idempotency-Key", key).with(ROADCHIEF).with(csrf()).exchange()).hasStatus(201);
        var from = clock.instant();
        assertThat(finding(key, UUID.randomUUID().toString(), lat, p[1])).hasStatus(201);
        clock.advance(Duration.ofHours(2));
        assertThat(finding(key, UUID.randomUUID().toString(), lat + 20 / k, p[1])).hasStatus(201); // 20 m away: repeat
        clock.advance(Duration.ofHours(2));
        assertThat(finding(key, UUID.randomUUID().toString(), lat, p[1] + 0.0015)).hasStatus(201); // ~130 m away: not
        assertThat(jdbc.sql("select count(*) from chief_case_link where segment_id = ?").param(segment.id())
                .query(Long.class).single()).isEqualTo(3);
        var card = api.get("leader", "/api/chiefs/segments/{id}/scorecard?from={f}&to={t}", segment.id(), from,
                clock.instant().plusSeconds(1));
        assertThat(card).hasStatusOk();
        assertThat(card).bodyJson().extractingPath("$.cases").isEqualTo(3);
        assertThat(card).bodyJson().extractingPath("$.repeats").isEqualTo(1);
        assertThat(card).bodyJson().extractingPath("$.open").isEqualTo(3);
        assertThat(card).bodyJson().extractingPath("$.byStatus.REPORTED").isEqualTo(3);
    }

    @Test
    void coverage_is_the_share_of_the_line_near_the_track() {
        var p = quietPoint();
        double k = metresPerDegreeLat(p[0], p[1]);
        double lat = p[0] + 1200 / k;
        var segment = importOne(code("COV"), "ROAD", line(lat, p[1] - 0.002, p[1] + 0.002));
        assign(segment, "roadchief", "COMMUNITY");
        var key = UUID.randomUUID().toString();
        var now = clock.instant();
        assertThat(mvc.post().uri("/m/patrol/api/patrols").param("segmentId", String.valueOf(segment.id()))
                .param("startedAt", now.minus(Duration.ofHours(1)).toString())
                .header("Idempotency-Key", key).with(ROADCHIEF).with(csrf()).exchange()).hasStatus(201);
        // walk the western half, 20 m off the line, a point every 0.0001° (about 9 m)
        var pts = new StringBuilder("[");
        for (int i = 0; i <= 20; i++) {
            pts.append(i == 0 ? "" : ",").append(point(now.minus(Duration.ofMinutes(50 - i)), lat + 20 / k,
                    p[1] - 0.002 + i * 0.0001));
        }
        pts.append("]");
        assertThat(mvc.post().uri("/m/patrol/api/patrols/{k}/points", key).param("points", pts.toString())
                .with(ROADCHIEF).with(csrf()).exchange()).hasStatusOk();
        var cover = coverage.ofSegment(segment.id(), now.minus(Duration.ofDays(1)), now.plusSeconds(1));
        // the western half plus the 22 m the last point reaches beyond it (30 m radius, 20 m off the line)
        double half = segment.lengthMetres() / 2;
        double reach = Math.sqrt(30 * 30 - 20 * 20);
        assertThat(cover.coveredMetres()).isBetween(half + reach - 6, half + reach + 6);
        assertThat(cover.patrols()).isEqualTo(1);
        assertThat(cover.patrolDays()).isEqualTo(1);
        var chief = coverage.ofChief(staffId("roadchief"), now.minus(Duration.ofDays(1)), now.plusSeconds(1));
        assertThat(chief.lengthMetres()).isGreaterThan(segment.lengthMetres());
        assertThat(chief.coveredMetres()).isGreaterThanOrEqualTo(cover.coveredMetres());
        // nothing the period before
        assertThat(coverage.ofSegment(segment.id(), now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)))
                .coveredMetres()).isZero();
    }

    @Test
    void the_demo_patrols_give_the_scorecard_coverage_and_patrol_days() {
        var now = clock.instant();
        // up to a day ago: the demo's two patrols of 黄浦路 west, not the ones other tests make now
        var card = api.get("leader", "/api/chiefs/segments/{id}/scorecard?from={f}&to={t}", demo("LD-HPL-W").id(),
                now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(1)));
        assertThat(card).hasStatusOk();
        assertThat(card).bodyJson().extractingPath("$.coverage.patrols").isEqualTo(2);
        assertThat(card).bodyJson().extractingPath("$.coverage.patrolDays").isEqualTo(2);
        double covered = ((Number) Api.read(card, "$.coverage.coveredMetres")).doubleValue();
        double length = ((Number) Api.read(card, "$.coverage.lengthMetres")).doubleValue();
        assertThat(covered / length).isGreaterThan(0.9);
        assertThat(api.get("roadchief", "/api/chiefs/segments/{id}/scorecard?from={f}&to={t}", demo("LD-QXL").id(),
                now.minus(Duration.ofDays(8)), now)).hasStatus(403);
        assertThat(api.get("roadchief", "/api/chiefs/chiefs/{id}/scorecard?from={f}&to={t}", staffId("roadchief"),
                now.minus(Duration.ofDays(8)), now)).hasStatusOk();
    }

    @Test
    void patrol_coverage_is_the_assessments_patrol_input_for_segments_and_chiefs() {
        var patrol = externalScores.stream().filter(e -> e.input().equals("PATROL")).findFirst().orElseThrow();
        var today = java.time.LocalDate.ofInstant(clock.instant(), chiefs.zone());
        var week = new org.urbangrid.assessment.Period(org.urbangrid.assessment.Period.Kind.RANGE, today.minusDays(8),
                today);
        var segments = patrol.scores(org.urbangrid.assessment.SubjectKind.SEGMENT, week);
        assertThat(segments.get("segment:" + demo("LD-HPL-W").id())).isGreaterThan(90.0).isLessThanOrEqualTo(100.0);
        assertThat(patrol.scores(org.urbangrid.assessment.SubjectKind.CHIEF, week))
                .containsKey("chief:" + staffId("roadchief"));
        // a month with no patrol scores every segment 0, and the kinds without patrols get nothing
        var before = new org.urbangrid.assessment.Period(org.urbangrid.assessment.Period.Kind.RANGE,
                today.minusDays(60), today.minusDays(40));
        assertThat(patrol.scores(org.urbangrid.assessment.SubjectKind.SEGMENT, before).values()).containsOnly(0.0);
        assertThat(patrol.scores(org.urbangrid.assessment.SubjectKind.DEPARTMENT, week)).isEmpty();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult finding(String patrolKey, String key, double lat,
            double lng) {
        return mvc.post().uri("/m/patrol/api/patrols/{k}/findings", patrolKey).multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", org.urbangrid.attachments.TestImages.png()))
                .param("latitude", Double.toString(lat)).param("longitude", Double.toString(lng))
                .param("conditionCode", "E0102-01").param("description", "路边暴露垃圾")
                .header("Idempotency-Key", key).with(ROADCHIEF).with(csrf()).exchange();
    }

    /** The case linker links in the report's own transaction: the links are there as soon as the report answered. */
    private void linked(long caseId, int atLeast) {
        assertThat(jdbc.sql("select count(*) from chief_case_link where case_id = ?").param(caseId).query(Long.class)
                .single()).isGreaterThanOrEqualTo(atLeast);
    }

    private static String point(Instant at, double lat, double lng) {
        return String.format(Locale.ROOT, "{\"at\":\"%s\",\"lat\":%.7f,\"lng\":%.7f,\"acc\":5}", at, lat, lng);
    }

    private static List<Long> ids(List<Chiefs.Match> matches) {
        return matches.stream().map(m -> m.segment().id()).toList();
    }
}
