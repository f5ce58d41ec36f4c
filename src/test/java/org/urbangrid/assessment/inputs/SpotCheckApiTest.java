package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 月度抽查 through the JSON API and the phone pages. Each test draws its own month and area (draws never repeat). */
class SpotCheckApiTest extends IntegrationTest {

    /** 凌水街道's second community: every grid of it is in the demo inspector's area. */
    static final String INSPECTORS_COMMUNITY = "210231001002";

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    MvcTestResult draw(String user, String month, String area, int count, Long seed) {
        return api.post(user, "/api/assessment/spot-checks", "{\"month\":\"" + month + "\",\"areaCode\":\"" + area
                + "\",\"count\":" + count + (seed == null ? "" : ",\"seed\":" + seed) + "}");
    }

    static MvcTestResult ok(MvcTestResult result, int status) {
        assertThat(result).as(Api.body(result)).hasStatus(status);
        return result;
    }

    static long id(MvcTestResult result) {
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    @Test
    void a_draw_is_reproduced_from_its_recorded_seed_and_another_seed_draws_other_grids() {
        var drawn = ok(draw("admin", "2026-08", "210231003", 11, 20261108L), 201);
        List<String> grids = Api.read(drawn, "$.grids[*].unitGridCode");
        assertThat(grids).hasSize(11).doesNotHaveDuplicates().allMatch(code -> code.startsWith("210231003"));
        assertThat(Api.<Number>read(drawn, "$.seed").longValue()).isEqualTo(20261108L);
        long id = id(drawn);

        var again = ok(api.get("leader", "/api/assessment/spot-checks/{id}/reproduce", id), 200);
        assertThat(again).bodyJson().extractingPath("$.matches").isEqualTo(true);
        assertThat(again).bodyJson().extractingPath("$.poolUnchanged").isEqualTo(true);
        assertThat(Api.<List<String>>read(again, "$.redrawn")).isEqualTo(grids);

        // anyone logged in can redo it, and another seed gives another draw
        var same = ok(api.get("inspector", "/api/assessment/spot-checks/redraw?area=210231003&count=11&seed=20261108"), 200);
        assertThat(Api.<List<String>>read(same, "$.redrawn")).isEqualTo(grids);
        var other = ok(api.get("inspector", "/api/assessment/spot-checks/redraw?area=210231003&count=11&seed=20261109"), 200);
        assertThat(Api.<List<String>>read(other, "$.redrawn")).hasSize(11).isNotEqualTo(grids);
    }

    @Test
    void a_draw_without_a_seed_records_the_one_it_chose() {
        var drawn = ok(draw("admin", "2026-08", "210231002001", 5, null), 201);
        long seed = Api.<Number>read(drawn, "$.seed").longValue();
        var redrawn = ok(api.get("admin", "/api/assessment/spot-checks/redraw?area=210231002001&count=5&seed=" + seed), 200);
        assertThat(Api.<List<String>>read(redrawn, "$.redrawn"))
                .isEqualTo(Api.<List<String>>read(drawn, "$.grids[*].unitGridCode"));
    }

    @Test
    void more_grids_than_the_area_has_is_a_400_naming_count() {
        int pool = grids.children("210231002002").size();
        var refused = draw("admin", "2026-08", "210231002002", pool + 1, 1L);
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("count");
        assertThat(refused).bodyJson().extractingPath("$.poolSize").isEqualTo(pool);
        assertThat(draw("admin", "2026-08", "210231002002", 0, 1L)).hasStatus(400);
        var redraw = api.get("admin", "/api/assessment/spot-checks/redraw?area=210231002002&count=" + (pool + 1) + "&seed=1");
        assertThat(redraw).hasStatus(400);
        assertThat(redraw).bodyJson().extractingPath("$.field").isEqualTo("count");
        var unknown = draw("admin", "2026-08", "999999999", 3, 1L);
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("areaCode");
    }

    @Test
    void administrators_shift_leaders_and_leaders_draw_others_may_not_and_a_draw_is_never_repeated() {
        for (var user : List.of("inspector", "operator", "dispatcher", "handler")) {
            assertThat(draw(user, "2026-07", "210231004", 3, 1L)).as(user).hasStatus(403);
        }
        ok(draw("shiftleader", "2026-07", "210231004", 3, 1L), 201);
        ok(draw("leader", "2026-06", "210231004", 3, 1L), 201);
        assertThat(draw("admin", "2026-07", "210231004", 3, 2L)).hasStatus(409);
        assertThat(draw("admin", "2099-01", "210231004", 3, 2L)).hasStatus(400);
        assertThat(api.get("inspector", "/api/assessment/spot-checks?month=2026-07")).hasStatus(403);
        assertThat(api.get("leader", "/api/assessment/spot-checks?month=2026-07")).hasStatus(200);
    }

    @Test
    void an_inspector_records_a_problem_with_its_photo_on_the_phone_and_completes_the_grid() {
        long id = id(ok(draw("admin", "2026-11", INSPECTORS_COMMUNITY, 3, 77L), 201));
        String grid = Api.read(api.get("admin", "/api/assessment/spot-checks/{id}", id), "$.grids[0].unitGridCode");

        // the drawn grid is on the inspector's phone list
        assertThat(mvc.get().uri("/m/spot-checks").with(user("inspector").roles("INSPECTOR")).exchange())
                .hasStatusOk().bodyText().contains(grid);

        var at = grids.centroidOf(grid);
        var posted = phoneFinding(id, grid, at, "inspector").exchange();
        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/m/spot-checks/" + id + "/" + grid);

        var detail = ok(api.get("admin", "/api/assessment/spot-checks/{id}/grids/{code}", id, grid), 200);
        assertThat(detail).bodyJson().extractingPath("$.findings.length()").isEqualTo(1);
        assertThat(detail).bodyJson().extractingPath("$.findings[0].classCode").isEqualTo("E0102");
        String photoId = Api.read(detail, "$.findings[0].photoId");
        long findingId = ((Number) Api.read(detail, "$.findings[0].id")).longValue();
        assertThat(jdbc.sql("select attached_at is not null from photo where id = ?").param(photoId).query(Boolean.class).single())
                .isTrue();
        var photo = api.get("admin", "/api/assessment/spot-checks/findings/{id}/photo", findingId);
        assertThat(photo).hasStatusOk().hasContentType("image/png");
        assertThat(api.get("handler", "/api/assessment/spot-checks/findings/{id}/photo", findingId)).hasStatus(404);

        // the problem answers to the grid's street office by default
        long streetOffice = organization.departmentByCode("JD-LS").orElseThrow().id();
        assertThat(((Number) Api.read(detail, "$.findings[0].departmentId")).longValue()).isEqualTo(streetOffice);

        var done = mvc.post().uri("/m/spot-checks/{d}/{c}/complete", id, grid).with(user("inspector").roles("INSPECTOR"))
                .with(csrf()).exchange();
        assertThat(done).hasStatus3xxRedirection();
        var after = ok(api.get("admin", "/api/assessment/spot-checks/{id}/grids/{code}", id, grid), 200);
        assertThat(after).bodyJson().extractingPath("$.grid.result").isEqualTo("PASS");
        assertThat(after).bodyJson().extractingPath("$.grid.score").isEqualTo(90.0);
        assertThat(after).bodyJson().extractingPath("$.grid.problems").isEqualTo(1);
        // completed: no more findings
        assertThat(phoneFinding(id, grid, at, "inspector").exchange()).hasStatus(409);
    }

    @Test
    void a_problem_must_be_at_the_grid_by_an_inspector_who_may_check_it_and_a_refused_photo_is_not_kept() {
        long id = id(ok(draw("admin", "2026-10", INSPECTORS_COMMUNITY, 2, 5L), 201));
        String grid = Api.read(api.get("admin", "/api/assessment/spot-checks/{id}", id), "$.grids[0].unitGridCode");
        String other = Api.read(api.get("admin", "/api/assessment/spot-checks/{id}", id), "$.grids[1].unitGridCode");
        long photos = jdbc.sql("select count(*) from photo").query(Long.class).single();

        var elsewhere = phoneFinding(id, grid, grids.centroidOf(other), "inspector").exchange();
        assertThat(elsewhere).hasStatus(422).bodyText().contains(other);
        assertThat(jdbc.sql("select count(*) from photo").query(Long.class).single()).isEqualTo(photos);

        var stranger = organization.staffWithRole(Role.INSPECTOR).stream()
                .filter(m -> !organization.covers(m.id(), grid)).findFirst().orElseThrow();
        assertThat(phoneFinding(id, grid, grids.centroidOf(grid), stranger.username()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/m/spot-checks/{d}/{c}/complete", id, grid).with(user("handler").roles("HANDLER"))
                .with(csrf()).exchange()).hasStatus(403);

        // JSON: the photo is required, and named
        var noPhoto = api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/findings",
                "{\"classCode\":\"E0102\",\"description\":\"垃圾\"," + position(grids.centroidOf(grid)) + "}", id, grid);
        assertThat(noPhoto).hasStatus(400);
        assertThat(noPhoto).bodyJson().extractingPath("$.field").isEqualTo("photoId");
        var noClass = api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/findings",
                "{\"description\":\"垃圾\"," + position(grids.centroidOf(grid)) + "}", id, grid);
        assertThat(noClass).bodyJson().extractingPath("$.field").isEqualTo("classCode");
    }

    @Test
    void drawers_reassign_a_grid_to_an_inspector_who_then_sees_it() {
        long id = id(ok(draw("admin", "2026-11", "210231004001", 1, 9L), 201));
        String grid = Api.read(api.get("admin", "/api/assessment/spot-checks/{id}", id), "$.grids[0].unitGridCode");
        long inspector = organization.staffByUsername("inspector").orElseThrow().id();
        assertThat(Api.body(api.get("inspector", "/api/assessment/spot-checks/mine"))).doesNotContain(grid);
        assertThat(api.put("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/inspector",
                "{\"inspectorId\":" + inspector + "}", id, grid)).hasStatus(403);
        var bad = api.put("admin", "/api/assessment/spot-checks/{id}/grids/{code}/inspector", "{\"inspectorId\":1}", id, grid);
        assertThat(bad).hasStatus(400);
        assertThat(bad).bodyJson().extractingPath("$.field").isEqualTo("inspectorId");
        ok(api.put("admin", "/api/assessment/spot-checks/{id}/grids/{code}/inspector", "{\"inspectorId\":" + inspector + "}",
                id, grid), 200);
        assertThat(Api.<List<String>>read(api.get("inspector", "/api/assessment/spot-checks/mine"), "$[*].unitGridCode"))
                .contains(grid);
    }

    @Test
    void the_json_api_takes_a_finding_with_an_uploaded_photo_of_ones_own_only() {
        long id = id(ok(draw("admin", "2026-09", INSPECTORS_COMMUNITY, 1, 3L), 201));
        String grid = Api.read(api.get("admin", "/api/assessment/spot-checks/{id}", id), "$.grids[0].unitGridCode");
        var at = position(grids.centroidOf(grid));
        var someoneElses = upload("leader");
        var refused = api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/findings",
                "{\"classCode\":\"E0102\",\"description\":\"垃圾\"," + at + ",\"photoId\":\"" + someoneElses + "\"}", id, grid);
        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("photoId");
        var own = upload("inspector");
        var recorded = api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/findings",
                "{\"classCode\":\"E0102\",\"description\":\"垃圾\"," + at + ",\"photoId\":\"" + own + "\"}", id, grid);
        assertThat(recorded).as(Api.body(recorded)).hasStatus(201);
        assertThat(recorded).bodyJson().extractingPath("$.photoId").isEqualTo(own);
        var again = api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/findings",
                "{\"classCode\":\"E0102\",\"description\":\"又一处\"," + at + ",\"photoId\":\"" + own + "\"}", id, grid);
        assertThat(again).hasStatus(400);
        assertThat(ok(api.post("inspector", "/api/assessment/spot-checks/{id}/grids/{code}/complete", null, id, grid), 200))
                .bodyJson().extractingPath("$.result").isEqualTo("PASS");
    }

    String upload(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        return Api.read(ok(result, 201), "$.id");
    }

    private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder phoneFinding(
            long drawId, String grid, LatLng at, String username) {
        return mvc.post().uri("/m/spot-checks/{d}/{c}/findings", drawId, grid).multipart()
                .file(new MockMultipartFile("photo", "site.png", "image/png", TestImages.png()))
                .param("classCode", "E0102").param("description", "路边暴露垃圾")
                .param("latitude", Double.toString(at.latitude())).param("longitude", Double.toString(at.longitude()))
                .with(user(username).roles("INSPECTOR")).with(csrf());
    }

    static String position(LatLng point) {
        return String.format(Locale.ROOT, "\"latitude\":%.7f,\"longitude\":%.7f", point.latitude(), point.longitude());
    }
}
